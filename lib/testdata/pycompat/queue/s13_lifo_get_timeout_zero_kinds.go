package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewLifoQueue(0)
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"get(timeout=0)", func() error { _, err := q.GetTimeout(0); return err }},
		{"get(False)", func() error { _, err := q.GetNowait(); return err }},
		{"get_nowait", func() error { _, err := q.GetNowait(); return err }},
	} {
		if err := c.call(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println(c.name, "on empty -> Empty")
		}
	}
	q.Put("first")
	q.Put("second")
	q.Put("third")
	a, _ := q.GetTimeout(0)
	b, _ := q.GetNowait()
	c, _ := q.GetNowait()
	fmt.Println(a, b, c, q.Qsize())
	if _, err := q.GetTimeout(20 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("drained -> Empty", pyBool(q.Empty()))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
