package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return "value" })
	for _, t := range []time.Duration{0, 10 * time.Millisecond} {
		if _, err := f.ResultTimeout(t); err == futures.ErrTimeout {
			fmt.Println("TimeoutError", "''", "True")
		}
	}
	if _, err := f.ResultTimeout(10 * time.Millisecond); err == futures.ErrTimeout {
		fmt.Println("exception() TimeoutError")
	}
	gate.Set()
	r, _ := f.ResultTimeout(10 * time.Second)
	fmt.Println(r, pyNone(f.Exception()))
	ex.Shutdown(true, false)
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
