package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	fmt.Println(q.UnfinishedTasks())
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	fmt.Println(q.UnfinishedTasks())
	q.Get()
	q.Get()
	fmt.Println(q.UnfinishedTasks())
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks())
	q.TaskDone()
	q.Get()
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks())
	q.Join()
	fmt.Println("joined")
}
