package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(0)
	for i := 0; i < 3; i++ {
		q.PutNowait(i)
	}
	fmt.Println("after puts:", q.UnfinishedTasks())
	a, _ := q.GetNowait()
	b, _ := q.GetNowait()
	fmt.Println("got:", a, b, "unfinished still:", q.UnfinishedTasks())
	var joined threading.Event
	t := &threading.Thread{Target: func() {
		q.Join()
		joined.Set()
	}}
	t.Start()
	fmt.Println("join waits:", py(joined.WaitTimeout(200*time.Millisecond)))
	q.TaskDone()
	q.TaskDone()
	fmt.Println("two done, still waits:", py(joined.WaitTimeout(200*time.Millisecond)), q.UnfinishedTasks())
	q.Get()
	q.TaskDone()
	fmt.Println("all done:", py(joined.WaitTimeout(10*time.Second)), q.UnfinishedTasks())
	t.Join()
}
