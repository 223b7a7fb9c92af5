package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func list(vs []any) string {
	var s []string
	for _, v := range vs {
		s = append(s, fmt.Sprint(v))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	q := queue.New(0)
	var ql []any
	for i := 0; i < 5; i++ {
		q.Put(i)
	}
	for !q.Empty() {
		ql = append(ql, q.Get())
	}
	fmt.Println(list(ql))
	lq := queue.NewLifoQueue(0)
	ql = nil
	for i := 0; i < 5; i++ {
		lq.Put(i)
	}
	for !lq.Empty() {
		ql = append(ql, lq.Get())
	}
	fmt.Println(list(ql))
	pq := queue.NewPriorityQueue(0)
	for _, i := range []int{3, 0, 4, 1, 2} {
		pq.Put(i)
	}
	ql = nil
	for n := pq.Qsize(); n > 0; n-- {
		ql = append(ql, pq.Get())
	}
	fmt.Println(list(ql))
}
