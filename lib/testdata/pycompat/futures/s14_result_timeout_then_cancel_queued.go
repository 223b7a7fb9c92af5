package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate, started threading.Event

func hold() any {
	started.Set()
	gate.Wait()
	return "held"
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(hold)
	b := ex.Submit(func() any { return "queued" })
	started.Wait()
	if _, err := b.ResultTimeout(200 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError; running:", py(b.Running()), "done:", py(b.Done()))
	}
	c := b.Cancel()
	fmt.Println("cancel:", py(c), py(b.Cancelled()))
	gate.Set()
	r, _ := a.Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	fmt.Println(py(b.Done()), py(a.Done()))
}
