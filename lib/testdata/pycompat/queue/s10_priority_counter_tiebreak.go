package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type Task struct {
	name string
}

func main() {
	pq := queue.NewPriorityQueue(0)
	counter := 0
	for _, p := range []struct {
		prio int
		name string
	}{{2, "b"}, {1, "a1"}, {2, "c"}, {1, "a2"}, {0, "z"}} {
		pq.Put(queue.Item{Priority: p.prio, Value: queue.Item{Priority: counter, Value: &Task{p.name}}})
		counter++
	}
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		inner := it.Value.(queue.Item)
		fmt.Println(it.Priority, inner.Priority, inner.Value.(*Task).name)
	}
}
