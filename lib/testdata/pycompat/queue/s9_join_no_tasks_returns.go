package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type jq interface {
	Put(any)
	Get() any
	TaskDone()
	Join()
	UnfinishedTasks() int
}

func main() {
	for i, q := range []jq{queue.New(0), queue.NewLifoQueue(0), queue.NewPriorityQueue(0)} {
		q.Join()
		q.Put(1)
		q.Get()
		q.TaskDone()
		q.Join()
		fmt.Println([]string{"Queue", "LifoQueue", "PriorityQueue"}[i], "joined", q.UnfinishedTasks())
	}
}
