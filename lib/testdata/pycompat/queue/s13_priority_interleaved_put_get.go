package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	var trace []any
	for _, step := range []any{5, 1, "get", 3, 0, "get", "get", 4, 2, "get", "get", "get"} {
		if step == "get" {
			v, _ := q.GetNowait()
			trace = append(trace, v)
		} else {
			q.Put(step)
		}
	}
	fmt.Println(pyList(trace), "left", q.Qsize())
	for _, it := range []queue.Item{{Priority: 2, Value: "write"}, {Priority: 1, Value: "read"}, {Priority: 2, Value: "alpha"}, {Priority: 1, Value: "read"}} {
		q.Put(it)
	}
	var out []any
	for range 4 {
		out = append(out, q.Get())
	}
	fmt.Println(pyList(out))
}

func pyList(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}
