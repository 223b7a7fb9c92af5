package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var started, gate threading.Event

func blocker() any {
	started.Set()
	gate.Wait()
	return "first"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(blocker)
	b := ex.Submit(func() any { return "second" })
	c := ex.Submit(func() any { return "third" })
	started.Wait()
	fmt.Println(pyBool(a.Cancel()), pyBool(b.Cancel()), pyBool(b.Cancel()))
	fmt.Println(pyBool(a.Running()), pyBool(b.Cancelled()), pyBool(b.Done()), pyBool(c.Cancelled()))
	gate.Set()
	ex.Shutdown(true, false)
	ra, _ := a.Result()
	rc, _ := c.Result()
	fmt.Println(ra, rc)
	if _, err := b.Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError", "''")
	}
	if err := b.Exception(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("exception() raises too")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
