package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.NewLifoQueue(0)
var order []int

func worker() {
	for {
		x := q.Get().(int)
		order = append(order, x)
		q.TaskDone()
	}
}

func main() {
	for i := 0; i < 5; i++ {
		q.Put(i)
	}
	t := &threading.Thread{Target: worker, Daemon: true}
	t.Start()
	q.Join()
	fmt.Printf("[%d, %d, %d, %d, %d] %d\n", order[0], order[1], order[2], order[3], order[4], q.UnfinishedTasks())
}
