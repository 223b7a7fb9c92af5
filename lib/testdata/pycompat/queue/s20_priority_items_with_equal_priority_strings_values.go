package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{Priority: 1, Value: "write"}, {Priority: 0, Value: "plan"}, {Priority: 1, Value: "test"}, {Priority: 1, Value: "deploy"}, {Priority: 0, Value: "idea"}, {Priority: 2, Value: "rest"}} {
		pq.Put(it)
	}
	n := pq.Qsize()
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, pq.Get().(queue.Item).String())
	}
	fmt.Println(n, "["+strings.Join(s, ", ")+"]")
	pq.Put(queue.Item{Priority: 5, Value: "x"})
	pq.Put(queue.Item{Priority: 5.0, Value: "a"})
	pq.Put(queue.Item{Priority: 4.5, Value: "z"})
	s = nil
	for i := 0; i < 3; i++ {
		s = append(s, pq.Get().(queue.Item).String())
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
}
