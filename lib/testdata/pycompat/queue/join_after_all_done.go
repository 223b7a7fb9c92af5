package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	q.Join()
	fmt.Println("empty join returns")
	for i := range 3 {
		q.Put(i)
	}
	for !q.Empty() {
		q.Get()
		q.TaskDone()
	}
	q.Join()
	fmt.Println("joined", q.UnfinishedTasks())
	q.Put("x")
	fmt.Println(q.UnfinishedTasks())
}
