package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for i := range 3 {
		q.PutNowait(i)
	}
	fmt.Println(q.UnfinishedTasks(), q.Qsize())
	a, _ := q.GetNowait()
	b, _ := q.GetNowait()
	fmt.Println(a, b)
	fmt.Println(q.UnfinishedTasks(), q.Qsize())
	q.TaskDone()
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks())
	q.Get()
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
