package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := multiprocessing.NewQueue()
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"get(timeout=0)", func() error { _, err := q.GetTimeout(0); return err }},
		{"get(timeout=-1)", func() error { _, err := q.GetTimeout(-time.Second); return err }},
		{"get(block=False)", func() error { _, err := q.GetNowait(); return err }},
		{"get_nowait()", func() error { _, err := q.GetNowait(); return err }},
		{"get(timeout=0.05)", func() error { _, err := q.GetTimeout(50 * time.Millisecond); return err }},
	} {
		if err := c.call(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println(c.name, "->", "Empty", "''", pyBool(err == multiprocessing.ErrEmpty))
		}
	}
	q.Put("x")
	v, _ := q.GetTimeout(5 * time.Second)
	fmt.Println(v, pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
