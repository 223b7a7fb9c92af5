package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(2)
var done []any

func worker() {
	for range 5 {
		done = append(done, q.Get())
		q.TaskDone()
	}
}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	for i := range 5 {
		q.Put(i)
	}
	q.Join()
	fmt.Printf("[%v, %v, %v, %v, %v] %d %s\n", done[0], done[1], done[2], done[3], done[4], q.UnfinishedTasks(), pyBool(q.Full()))
	t.Join()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
