package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(func() any { gate.Wait(); return true })
	b := ex.SubmitFunc(func() { fmt.Println("never") })
	fmt.Println(pyBool(b.Cancel()), pyBool(b.Cancelled()), pyBool(b.Done()), pyBool(b.Running()))
	if _, err := b.Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("result", "raised CancelledError", "''")
	}
	if err := b.Exception(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("exception", "raised CancelledError", "''")
	}
	gate.Set()
	ex.Shutdown(true, false)
	r, _ := a.Result()
	fmt.Println(pyBool(r.(bool)), pyBool(a.Cancelled()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
