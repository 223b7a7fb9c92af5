package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(1)
	q.Put("a")
	for _, call := range []func() error{
		func() error { return q.PutNowait("b") },
		func() error { return q.PutTimeout("b", 50*time.Millisecond) },
		func() error { return q.PutNowait("b") },
	} {
		if err := call(); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full", "Full()", "str=''", py(err != nil))
		}
	}
	v, _ := q.GetNowait()
	fmt.Println(v)
	for _, call := range []func() error{
		func() error { _, err := q.GetNowait(); return err },
		func() error { _, err := q.GetTimeout(50 * time.Millisecond); return err },
		func() error { _, err := q.GetNowait(); return err },
		func() error { _, err := q.GetNowait(); return err },
	} {
		if err := call(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println("Empty", "Empty()", "str=''")
		}
	}
	fmt.Println("sizes:", q.Qsize(), py(q.Empty()), py(q.Full()), q.Maxsize)
}
