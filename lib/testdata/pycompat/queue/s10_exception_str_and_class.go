package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(1)
	q.Put(0)
	for _, f := range []func() error{func() error { return q.PutNowait(1) }, func() error { return q.PutTimeout(1, 10*time.Millisecond) }} {
		if err := f(); err != nil {
			fmt.Println("Full", "''", pyBool(errors.Is(err, queue.ErrFull)))
		}
	}
	q.Get()
	for _, f := range []func() error{func() error { _, err := q.GetNowait(); return err }, func() error { _, err := q.GetTimeout(10 * time.Millisecond); return err }} {
		if err := f(); err != nil {
			fmt.Println("Empty", "''", pyBool(errors.Is(err, queue.ErrEmpty)))
		}
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
