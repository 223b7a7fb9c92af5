package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	fmt.Println(q.UnfinishedTasks())
	for i := range 3 {
		q.Put(i)
	}
	fmt.Println(q.UnfinishedTasks(), q.Qsize())
	q.Get()
	fmt.Println(q.UnfinishedTasks(), q.Qsize())
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks())
	q.Get()
	q.Get()
	q.TaskDone()
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks(), pyBool(q.Empty()))
	q.Join()
	fmt.Println("joined")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
