package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var started threading.Event

func block() any {
	started.Set()
	gate.Wait()
	return "first"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f1 := ex.Submit(block)
	f2 := ex.Submit(func() any { return "second" })
	started.Wait()
	c1 := f1.Cancel()
	c2 := f2.Cancel()
	fmt.Println(pyBool(c1), pyBool(c2))
	fmt.Println(pyBool(f1.Cancelled()), pyBool(f2.Cancelled()), pyBool(f2.Done()), pyBool(f2.Running()))
	if _, err := f2.Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError")
	}
	if err := f2.Exception(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError from exception()")
	}
	gate.Set()
	r, _ := f1.Result()
	fmt.Println(r)
	c1 = f1.Cancel()
	c2 = f2.Cancel()
	fmt.Println(pyBool(c1), pyBool(c2))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
