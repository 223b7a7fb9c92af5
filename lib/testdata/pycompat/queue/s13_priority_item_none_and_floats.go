package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	q.Put(queue.Item{Priority: 2.5, Value: "b"})
	q.Put(queue.Item{Priority: 2, Value: "a"})
	q.Put(queue.Item{Priority: -1, Value: "neg"})
	q.Put(queue.Item{Priority: 2.5, Value: "a"})
	for !q.Empty() {
		fmt.Println(q.Get())
	}
	q.Put(3.0)
	q.Put(3)
	q.Put(-0.5)
	a, b, c := q.Get(), q.Get(), q.Get()
	fmt.Printf("[%s, %s, %s]\n", pyNum(a), pyNum(b), pyNum(c))
}

func pyNum(v any) string {
	if f, ok := v.(float64); ok {
		if f == float64(int64(f)) {
			return fmt.Sprintf("%.1f", f)
		}
		return fmt.Sprint(f)
	}
	return fmt.Sprint(v)
}
