package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return "ready" })
	if _, err := f.ResultTimeout(20 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError", "''", pyBool(f.Done()), pyBool(f.Running()))
	}
	if _, err := f.ResultTimeout(10 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("exception() timed out too")
	}
	gate.Set()
	r, _ := f.ResultTimeout(10 * time.Second)
	fmt.Println(r, pyBool(f.Done()), pyBool(f.Running()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
