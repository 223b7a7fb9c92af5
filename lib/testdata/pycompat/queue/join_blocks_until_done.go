package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(0)
var doneItems []any
var release threading.Event

func worker() {
	for {
		item := q.Get()
		release.Wait()
		doneItems = append(doneItems, item)
		q.TaskDone()
	}
}

func main() {
	for i := 0; i < 4; i++ {
		q.Put(i)
	}
	(&threading.Thread{Target: worker, Daemon: true}).Start()
	var joined threading.Event
	(&threading.Thread{Target: func() { q.Join(); joined.Set() }}).Start()
	a := joined.WaitTimeout(50 * time.Millisecond)
	fmt.Println(pyBool(a), pyBool(q.UnfinishedTasks() > 0))
	release.Set()
	a = joined.WaitTimeout(30 * time.Second)
	fmt.Printf("%s [%v, %v, %v, %v] %d\n", pyBool(a), doneItems[0], doneItems[1], doneItems[2], doneItems[3], q.UnfinishedTasks())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
