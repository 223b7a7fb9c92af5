package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(0)
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	for i := 0; i < 3; i++ {
		q.Get()
	}
	q.TaskDone()
	q.TaskDone()
	fmt.Println(q.UnfinishedTasks())
	t0 := time.Now()
	threading.NewTimer(100*time.Millisecond, q.TaskDone).Start()
	q.Join()
	fmt.Println(q.UnfinishedTasks(), pb(time.Since(t0) >= 90*time.Millisecond))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e, q.UnfinishedTasks())
			}
		}()
		q.TaskDone()
	}()
	q.Join()
	fmt.Println("joined again")
}
