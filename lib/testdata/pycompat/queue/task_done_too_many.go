package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	q.Put(1)
	q.Get()
	q.TaskDone()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		q.TaskDone()
	}()
	fmt.Println(q.UnfinishedTasks())
}
