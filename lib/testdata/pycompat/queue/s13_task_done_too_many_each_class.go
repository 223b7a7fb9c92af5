package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	Get() any
	TaskDone()
	Join()
	UnfinishedTasks() int
}

func main() {
	for _, x := range []struct {
		name string
		q    q
	}{{"Queue", queue.New(0)}, {"LifoQueue", queue.NewLifoQueue(0)}, {"PriorityQueue", queue.NewPriorityQueue(0)}} {
		x.q.Put(5)
		x.q.Get()
		x.q.TaskDone()
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(x.name, r, "unfinished", x.q.UnfinishedTasks())
				}
			}()
			x.q.TaskDone()
		}()
		x.q.Join()
	}
	fmt.Println("all joined")
}
