package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var q queue.Queue
	t := threading.NewTimer(20*time.Millisecond, func() { q.Put("late") })
	t.Start()
	x, _ := q.GetTimeout(10 * time.Second)
	fmt.Println(x)
	t.Join()
	if _, err := q.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("timed out")
	}
	lq := queue.NewLifoQueue(1)
	lq.Put(1)
	t = threading.NewTimer(20*time.Millisecond, func() { lq.Get() })
	t.Start()
	lq.PutTimeout(2, 10*time.Second)
	t.Join()
	fmt.Println(lq.Get())
}
