package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.NewSimpleQueue()
	fmt.Println(pb(q.Empty()), q.Qsize())
	calls := []func() error{
		func() error { _, err := q.GetTimeout(0); return err },
		func() error { _, err := q.GetNowait(); return err },
		func() error { _, err := q.GetNowait(); return err },
		func() error { _, err := q.GetNowait(); return err },
	}
	for _, c := range calls {
		if err := c(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println("Empty", "''")
		}
	}
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		q.GetTimeout(-time.Second)
	}()
	q.Put(1)
	q.PutNowait(2)
	q.Put(3)
	n := q.Qsize()
	a, _ := q.GetTimeout(0)
	b, _ := q.GetNowait()
	c, _ := q.GetTimeout(0)
	fmt.Println(n, a, b, c, pb(q.Empty()))
}
