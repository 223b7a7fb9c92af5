package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	counter := 0
	for _, t := range []struct {
		prio int
		task string
	}{{2, "write report"}, {1, "fix bug"}, {2, "email"}, {0, "coffee"}, {1, "review"}} {
		pq.Put([]any{t.prio, counter, t.task})
		counter++
	}
	for !pq.Empty() {
		it := pq.Get().([]any)
		fmt.Println(it[0], it[1], it[2])
		pq.TaskDone()
	}
	pq.Join()
	fmt.Println("all tasks done:", pq.UnfinishedTasks())
}
