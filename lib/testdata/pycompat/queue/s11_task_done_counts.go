package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for _, x := range []string{"a", "b", "c"} {
		q.Put(x)
	}
	fmt.Println(q.UnfinishedTasks())
	q.Get()
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks())
	q.Get()
	q.Get()
	q.TaskDone()
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks())
	q.Join()
	fmt.Println("joined")
	try(q.TaskDone)
	fmt.Println(q.UnfinishedTasks())
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}
