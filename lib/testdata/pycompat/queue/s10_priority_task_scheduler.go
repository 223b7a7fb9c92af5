package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var tasks = queue.NewPriorityQueue(0)
var done []string

func worker() {
	for {
		it := tasks.Get().(queue.Item)
		if it.Value == "stop" {
			tasks.TaskDone()
			return
		}
		done = append(done, fmt.Sprintf("(%v, '%v')", it.Priority, it.Value))
		tasks.TaskDone()
	}
}

func main() {
	for _, p := range []queue.Item{{Priority: 3, Value: "email"}, {Priority: 1, Value: "outage"}, {Priority: 2, Value: "review"}, {Priority: 1, Value: "deploy"}, {Priority: 9, Value: "stop"}} {
		tasks.Put(p)
	}
	t := &threading.Thread{Target: worker}
	t.Start()
	tasks.Join()
	t.Join()
	e := "False"
	if tasks.Empty() {
		e = "True"
	}
	fmt.Println("["+strings.Join(done, ", ")+"]", e)
}
