// After CPython's Lib/test/_test_multiprocessing.py _TestQueue.test_put.
package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(q *multiprocessing.Queue, ev *multiprocessing.Event) {
	ev.WaitTimeout(30 * time.Second)
	for i := 0; i < 6; i++ {
		q.Get()
	}
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(child)
	const MAXSIZE = 6
	q := multiprocessing.NewQueue(MAXSIZE)
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: child, Args: []any{q, ev}}
	p.Start()
	q.Put(1)
	q.Put(2)
	q.Put(3)
	q.PutNowait(4)
	q.PutNowait(5)
	q.PutNowait(6)
	fmt.Println(pb(q.Full()), q.Qsize())
	calls := []func() error{
		func() error { return q.PutNowait(7) },
		func() error { return q.PutNowait(7) },
		func() error { return q.PutNowait(7) },
		func() error { return q.PutTimeout(7, 100*time.Millisecond) },
		func() error { return q.PutTimeout(7, 100*time.Millisecond) },
	}
	for _, c := range calls {
		if err := c(); errors.Is(err, multiprocessing.ErrFull) {
			fmt.Println("Full")
		}
	}
	ev.Set()
	p.Join()
	fmt.Println(pb(q.Empty()), pb(q.Full()), p.ExitCode())
}
