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
	running := ex.Submit(func() any {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
		return "held"
	})
	pending := ex.Submit(func() any { return "never" })
	started.Wait()
	if _, err := pending.ResultTimeout(100 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("pending times out:", py(pending.Running()), py(pending.Done()))
	}
	c1 := pending.Cancel()
	c2 := running.Cancel()
	fmt.Println("cancel pending:", py(c1), "cancel running:", py(c2))
	if _, err := pending.Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError from result()")
	}
	if err := pending.ExceptionTimeout(0); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError from exception()")
	}
	gate.Set()
	ex.Shutdown(true, false)
	v, _ := running.Result()
	fmt.Println(v, py(pending.Cancelled()), py(running.Cancelled()))
}
