package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	Get() any
	TaskDone()
	UnfinishedTasks() int
}

func main() {
	names := []string{"Queue", "LifoQueue", "PriorityQueue"}
	for i, q := range []q{queue.New(0), queue.NewLifoQueue(0), queue.NewPriorityQueue(0)} {
		q.Put(1)
		q.Get()
		q.TaskDone()
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(names[i], r)
				}
			}()
			q.TaskDone()
		}()
		fmt.Println(q.UnfinishedTasks())
	}
}
