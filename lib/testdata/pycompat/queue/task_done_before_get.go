package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type tq interface {
	TaskDone()
	Put(any)
	UnfinishedTasks() int
	Qsize() int
}

func try(f func()) (msg any) {
	defer func() { msg = recover() }()
	f()
	return nil
}

func main() {
	qs := []tq{queue.New(0), queue.NewLifoQueue(1), queue.NewPriorityQueue(-1)}
	names := []string{"Queue", "LifoQueue", "PriorityQueue"}
	for i, q := range qs {
		if e := try(q.TaskDone); e != nil {
			fmt.Println(names[i], e)
		}
		q.Put(7)
		q.TaskDone()
		fmt.Println(q.UnfinishedTasks(), q.Qsize())
		if e := try(q.TaskDone); e != nil {
			fmt.Println("again", e)
		}
	}
}
