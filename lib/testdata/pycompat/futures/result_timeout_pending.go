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
	f := ex.Submit(func() any { gate.Wait(); return "late" })
	if _, err := f.ResultTimeout(10 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("result: TimeoutError", "''")
	}
	if _, err := f.ResultTimeout(10 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("exception: TimeoutError")
	}
	fmt.Println(pyBool(f.Done()))
	gate.Set()
	r, _ := f.ResultTimeout(30 * time.Second)
	fmt.Println(r, "None")
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
