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
	f := ex.Submit(func() any { gate.Wait(); return true })
	if _, err := f.ResultTimeout(20 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError", "''", pyBool(f.Done()))
	}
	if _, err := f.ResultTimeout(0); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("exception TimeoutError")
	}
	gate.Set()
	r, _ := f.ResultTimeout(5 * time.Second)
	fmt.Println(pyBool(r.(bool)))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
