package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	q.Join()
	fmt.Println("join on a fresh queue returns", q.UnfinishedTasks())
	var trace []string
	for round := range 3 {
		for i := range round + 1 {
			q.Put(i)
		}
		trace = append(trace, fmt.Sprint(q.UnfinishedTasks()))
		for !q.Empty() {
			q.Get()
			q.TaskDone()
		}
		trace = append(trace, fmt.Sprint(q.UnfinishedTasks()))
		q.Join()
	}
	fmt.Println("[" + strings.Join(trace, ", ") + "]")
}
