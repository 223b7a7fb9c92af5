package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(0)

func worker() {
	for {
		item := q.Get()
		fmt.Printf("Working on %v\n", item)
		fmt.Printf("Finished %v\n", item)
		q.TaskDone()
	}
}

func main() {
	// Turn-on the worker thread.
	(&threading.Thread{Target: worker, Daemon: true}).Start()
	// Send thirty task requests to the worker.
	for item := range 30 {
		q.Put(item)
	}
	// Block until all tasks are done.
	q.Join()
	fmt.Println("All work completed")
}
