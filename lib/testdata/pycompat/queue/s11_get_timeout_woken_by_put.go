package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	t := threading.NewTimer(20*time.Millisecond, func() { q.Put("late") })
	t.Start()
	v, _ := q.GetTimeout(10 * time.Second)
	fmt.Println(v)
	t.Join()
	var lq queue.LifoQueue
	t = threading.NewTimer(20*time.Millisecond, func() { lq.Put("top") })
	t.Start()
	v, _ = lq.GetTimeout(10 * time.Second)
	fmt.Println(v, pyBool(lq.Empty()))
	t.Join()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
