package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	for i := range 3 {
		q.Put(i)
	}
	var items []any
	for range 3 {
		items = append(items, q.Get())
	}
	fmt.Printf("got [%v, %v, %v] unfinished %d\n", items[0], items[1], items[2], q.UnfinishedTasks())
	finisher := func() {
		for range items {
			q.TaskDone()
		}
	}
	t := &threading.Thread{Target: finisher}
	t.Start()
	q.Join()
	t.Join()
	fmt.Println("joined, unfinished", q.UnfinishedTasks())
}
