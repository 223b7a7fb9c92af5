package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return "value" })
	for _, t := range []time.Duration{0, 50 * time.Millisecond} {
		if _, err := f.ResultTimeout(t); errors.Is(err, futures.ErrTimeout) {
			fmt.Println("TimeoutError", "''", map[bool]string{true: "True", false: "False"}[f.Done()])
		}
	}
	if err := f.ExceptionTimeout(10 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("exception() timed out too")
	}
	gate.Set()
	r, _ := f.ResultTimeout(10 * time.Second)
	e := f.ExceptionTimeout(10 * time.Second)
	fmt.Println(r, map[bool]string{true: "None", false: "err"}[e == nil])
	ex.Shutdown(true, false)
}
