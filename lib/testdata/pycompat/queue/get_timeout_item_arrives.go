package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	t := threading.NewTimer(20*time.Millisecond, func() { q.Put("late item") })
	t.Start()
	v, _ := q.GetTimeout(5 * time.Second)
	fmt.Println(v)
	t.Join()
}
