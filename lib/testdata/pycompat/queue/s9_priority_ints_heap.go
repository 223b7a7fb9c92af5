package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func take(q *queue.PriorityQueue, n int) string {
	var out []string
	for range n {
		out = append(out, fmt.Sprint(q.Get()))
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	q := queue.NewPriorityQueue(0)
	for _, x := range []int{5, 3, 9, 1, 7, 3, 0, -4, 8} {
		q.Put(x)
	}
	fmt.Println(q.Qsize())
	fmt.Println(take(q, 5))
	q.Put(2)
	fmt.Println(take(q, q.Qsize()))
}
