package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	var q queue.Queue
	q.Put("a")
	q.Put("b")
	q.TaskDone()
	q.TaskDone()
	q.Join()
	fmt.Println("joined", q.Qsize(), q.UnfinishedTasks())
	fmt.Println(q.Get(), q.Get())
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		q.TaskDone()
	}()
}
