package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(1)
	q.Put("a")
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"put_nowait", func() error { return q.PutNowait("b") }},
		{"put(block=False)", func() error { return q.PutNowait("b") }},
		{"put(timeout=0)", func() error { return q.PutTimeout("b", 0) }},
		{"put(timeout=0.02)", func() error { return q.PutTimeout("b", 20*time.Millisecond) }},
	} {
		if err := c.call(); errors.Is(err, queue.ErrFull) {
			fmt.Println(c.name, "-> Full; qsize", q.Qsize(), "unfinished", q.UnfinishedTasks())
		}
	}
	fmt.Println(q.Get())
	q.TaskDone()
	q.Join()
	fmt.Println("joined; unfinished", q.UnfinishedTasks(), "empty", pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
