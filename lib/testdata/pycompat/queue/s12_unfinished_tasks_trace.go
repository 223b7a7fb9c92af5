package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	var trace []string
	add := func() { trace = append(trace, fmt.Sprint(q.UnfinishedTasks())) }
	for i := range 3 {
		q.Put(i)
		add()
	}
	q.Get()
	add()
	q.TaskDone()
	add()
	q.Get()
	q.Get()
	add()
	q.TaskDone()
	q.TaskDone()
	add()
	func() {
		defer func() {
			if r := recover(); r != nil {
				msg := fmt.Sprint(r)
				if i := strings.Index(msg, ": "); i >= 0 {
					msg = msg[i+2:]
				}
				trace = append(trace, "'"+msg+"'")
			}
		}()
		q.TaskDone()
	}()
	fmt.Println("["+strings.Join(trace, ", ")+"]", q.Qsize())
}
