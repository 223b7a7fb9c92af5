package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for i := range 3 {
		q.Put(i)
	}
	fmt.Println(q.UnfinishedTasks(), q.Qsize())
	q.Get()
	q.Get()
	fmt.Println(q.UnfinishedTasks(), q.Qsize())
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks())
	q.TaskDone()
	q.Get()
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks(), map[bool]string{true: "True", false: "False"}[q.Empty()])
	q.Join()
	fmt.Println("join returns at once")
}
