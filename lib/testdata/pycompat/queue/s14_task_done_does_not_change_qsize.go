package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(2)
	q.Put("a")
	q.Put("b")
	fmt.Println(q.Qsize(), py(q.Full()), q.UnfinishedTasks())
	fmt.Println(q.Get())
	fmt.Println(q.Qsize(), py(q.Full()), q.UnfinishedTasks())
	q.TaskDone()
	fmt.Println(q.Qsize(), py(q.Full()), q.UnfinishedTasks())
	q.TaskDone()
	fmt.Println("task_done before get ok:", q.Qsize(), q.UnfinishedTasks())
	x := q.Get()
	fmt.Println(x, q.Qsize(), py(q.Empty()))
	func() {
		defer func() {
			if e := recover(); e != nil {
				msg := fmt.Sprint(e)
				fmt.Println(msg[len("ValueError: "):])
			}
		}()
		q.TaskDone()
	}()
}
