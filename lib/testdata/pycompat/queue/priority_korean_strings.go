package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, w := range []string{"사과", "바나나", "apple", "가지", "Zebra", "나무", "123"} {
		pq.Put(w)
	}
	var out []string
	for range pq.Qsize() {
		out = append(out, "'"+pq.Get().(string)+"'")
	}
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
}
