package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex.SubmitFunc(gate.Wait)
	f := ex.Submit(func() any { return 1 })
	fmt.Println(pyBool(f.Cancel()), pyBool(f.Cancelled()), pyBool(f.Done()), pyBool(f.Running()))
	if _, err := f.Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError", "''")
	}
	if err := f.Exception(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("exception() CancelledError")
	}
	gate.Set()
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
