package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func putThree(q *multiprocessing.Queue, done *multiprocessing.Event) {
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	done.Set()
}

func main() {
	multiprocessing.Main(putThree)
	q, done := multiprocessing.NewQueue(), multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: putThree, Args: []any{q, done}}
	p.Start()
	done.WaitTimeout(30 * time.Second)
	var got []any
	for i := 0; i < 3; i++ {
		v, _ := q.GetTimeout(30 * time.Second)
		got = append(got, v)
	}
	p.Join()
	fmt.Printf("[%v, %v, %v] %v\n", got[0], got[1], got[2], p.ExitCode())
	calls := []func() error{
		func() error { _, err := q.GetNowait(); return err },
		func() error { _, err := q.GetTimeout(50 * time.Millisecond); return err },
		func() error { _, err := q.GetNowait(); return err },
	}
	for _, c := range calls {
		if err := c(); errors.Is(err, multiprocessing.ErrEmpty) {
			fmt.Println("Empty")
		}
	}
}
