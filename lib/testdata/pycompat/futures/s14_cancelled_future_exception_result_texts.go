package main

import (
	"errors"
	"fmt"
	"time"

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
	blocker := ex.Submit(func() any { started.Set(); gate.Wait(); return true })
	queued := ex.Submit(func() any { return "never" })
	started.Wait()
	c1 := queued.Cancel()
	c2 := blocker.Cancel()
	fmt.Println("cancel queued:", py(c1), "cancel running:", py(c2))
	if err := queued.ExceptionTimeout(time.Second); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("exception", "->", "CancelledError", "''")
	}
	if _, err := queued.ResultTimeout(time.Second); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("result", "->", "CancelledError", "''")
	}
	fmt.Println(py(queued.Done()), py(queued.Cancelled()), py(queued.Running()))
	gate.Set()
	r, _ := blocker.Result()
	fmt.Println("blocker:", py(r.(bool)), py(blocker.Cancelled()))
	ex.Shutdown(true, false)
}
