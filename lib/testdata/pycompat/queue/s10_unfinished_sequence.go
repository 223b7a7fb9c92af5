package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	var q queue.Queue
	var trace []int
	for i := range 3 {
		q.Put(i)
		trace = append(trace, q.UnfinishedTasks())
	}
	q.Get()
	trace = append(trace, q.UnfinishedTasks())
	q.TaskDone()
	trace = append(trace, q.UnfinishedTasks())
	q.TaskDone()
	trace = append(trace, q.UnfinishedTasks())
	q.TaskDone()
	trace = append(trace, q.UnfinishedTasks())
	fmt.Printf("[%d, %d, %d, %d, %d, %d, %d] %d\n", trace[0], trace[1], trace[2], trace[3], trace[4], trace[5], trace[6], q.Qsize())
	q.Join()
	fmt.Println("joined with", q.Qsize(), "items left")
	func() {
		defer func() {
			if r := recover(); r != nil {
				s := fmt.Sprint(r)
				fmt.Println(s[len("ValueError: "):])
			}
		}()
		q.TaskDone()
	}()
}
