package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, x := range []any{5, 1, 4, 1.5, 3, 2} {
		pq.Put(x)
	}
	n := pq.Qsize()
	s := "["
	for i := range n {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(pq.Get())
	}
	fmt.Println(s + "]")
}
