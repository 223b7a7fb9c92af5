package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	Get() any
	TaskDone()
}

func main() {
	qs := []q{queue.New(0), queue.NewLifoQueue(0), queue.NewPriorityQueue(0)}
	names := []string{"Queue", "LifoQueue", "PriorityQueue"}
	for i, q := range qs {
		q.Put(1)
		q.Get()
		q.TaskDone()
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(names[i], e)
				}
			}()
			q.TaskDone()
		}()
	}
}
