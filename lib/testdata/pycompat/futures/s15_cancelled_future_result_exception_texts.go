package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var gate, started threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	first := ex.Submit(func() any { started.Set(); gate.Wait(); return true })
	started.Wait()
	queued := ex.Submit(func() any { return 32 })
	c1 := queued.Cancel()
	c2 := queued.Cancel()
	fmt.Println("cancel queued:", py(c1), "cancel again:", py(c2))
	fmt.Println(py(queued.Cancelled()), py(queued.Done()), py(queued.Running()))
	if _, err := queued.ResultTimeout(0); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("result", "CancelledError", "''")
	}
	if err := queued.ExceptionTimeout(0); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("exception", "CancelledError", "''")
	}
	fmt.Println("cancel running:", py(first.Cancel()), py(first.Running()))
	gate.Set()
	ex.Shutdown(true, false)
	r, _ := first.Result()
	fmt.Println(py(r.(bool)), py(first.Cancelled()), "None")
}
