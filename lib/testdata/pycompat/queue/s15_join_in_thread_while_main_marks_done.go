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
	for i := 0; i < 4; i++ {
		q.Put(i)
	}
	var joined threading.Event
	t := &threading.Thread{Target: func() { q.Join(); joined.Set() }}
	t.Start()
	for i := 0; i < 4; i++ {
		q.Get()
		fmt.Println("done", i, "joined yet:", py(joined.IsSet()), q.UnfinishedTasks())
		if i < 3 {
			q.TaskDone()
		}
	}
	fmt.Println("before last:", py(joined.WaitTimeout(50*time.Millisecond)))
	q.TaskDone()
	fmt.Println("after last:", py(joined.WaitTimeout(10*time.Second)))
	t.Join()
	fmt.Println(q.UnfinishedTasks(), py(t.IsAlive()))
}
