package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	t := threading.NewTimer(50*time.Millisecond, func() { q.Put("late") })
	t.Start()
	v, _ := q.GetTimeout(30 * time.Second)
	fmt.Println(v)
	t.Join()
	lq := queue.NewLifoQueue(0)
	t = threading.NewTimer(50*time.Millisecond, func() { lq.Put(7) })
	t.Start()
	v, _ = lq.GetTimeout(30 * time.Second)
	fmt.Println(v)
	t.Join()
}
