package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{Priority: 3, Value: "low"}, {Priority: 1, Value: "urgent"}, {Priority: 2, Value: "normal"}, {Priority: 1, Value: "also urgent"}, {Priority: 5, Value: "later"}} {
		q.Put(it)
	}
	var order []string
	worker := func() {
		for {
			it := q.Get().(queue.Item)
			order = append(order, fmt.Sprintf("'%v:%v'", it.Priority, it.Value))
			q.TaskDone()
		}
	}
	(&threading.Thread{Target: worker, Daemon: true}).Start()
	q.Join()
	fmt.Println("[" + strings.Join(order, ", ") + "]")
}
