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
	ex.SubmitFunc(gate.Wait)
	f := ex.Submit(func() any { return 1 })
	f.Cancel()
	if _, err := f.Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("result: CancelledError", "''")
	}
	if err := f.Exception(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("exception: CancelledError")
	}
	if _, err := f.ResultTimeout(0); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("result(timeout=0): CancelledError")
	}
	gate.Set()
	ex.Shutdown(true, false)
}
