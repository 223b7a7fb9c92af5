package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	q.Join()
	fmt.Println("join on an empty queue returns")
	q.Put(1)
	fmt.Println(q.UnfinishedTasks())
	q.Get()
	fmt.Println(q.UnfinishedTasks())
	q.TaskDone()
	q.Join()
	fmt.Println(q.UnfinishedTasks())
}
