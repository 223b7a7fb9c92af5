package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	q      = queue.New(0)
	joined threading.Event
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func joiner() {
	q.Join()
	joined.Set()
}

func main() {
	q.Join()
	fmt.Println("join with nothing put returns")
	q.Put("job")
	q.Get()
	t := &threading.Thread{Target: joiner}
	t.Start()
	fmt.Println("joined before task_done:", py(joined.WaitTimeout(300*time.Millisecond)))
	q.TaskDone()
	fmt.Println("joined after task_done:", py(joined.WaitTimeout(10*time.Second)))
	t.Join()
}
