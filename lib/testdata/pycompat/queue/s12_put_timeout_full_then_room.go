package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(1)
	q.Put("first")
	if err := q.PutTimeout("second", 20*time.Millisecond); err == queue.ErrFull {
		fmt.Println("Full after timeout", q.Qsize())
	}
	threading.NewTimer(20*time.Millisecond, func() { q.Get() }).Start()
	q.PutTimeout("second", 5*time.Second)
	fmt.Println(q.Get(), q.Qsize(), q.UnfinishedTasks())
}
