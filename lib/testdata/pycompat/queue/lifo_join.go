package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.NewLifoQueue(0)
var order []any

func worker() {
	for {
		x := q.Get()
		if x == nil {
			q.TaskDone()
			return
		}
		order = append(order, x)
		q.TaskDone()
	}
}

func main() {
	q.Put(nil)
	for i := range 4 {
		q.Put(i)
	}
	t := &threading.Thread{Target: worker}
	t.Start()
	q.Join()
	t.Join()
	fmt.Printf("[%v, %v, %v, %v] %d\n", order[0], order[1], order[2], order[3], q.UnfinishedTasks())
}
