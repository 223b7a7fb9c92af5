package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	q   = queue.New(0)
	log []string
)

func worker() {
	for {
		item := q.Get()
		log = append(log, fmt.Sprintf("Working on %v", item))
		log = append(log, fmt.Sprintf("Finished %v", item))
		q.TaskDone()
	}
}

func main() {
	(&threading.Thread{Target: worker, Daemon: true}).Start()
	for item := 0; item < 30; item++ {
		q.Put(item)
	}
	fmt.Println("All task requests sent")
	q.Join()
	fmt.Println("All work completed", len(log), log[0], log[len(log)-1])
}
