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
	f := ex.Submit(func() any { gate.Wait(); return "ok" })
	if _, err := f.ResultTimeout(50 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError", "''")
	}
	fmt.Println(pyBool(f.Running()), pyBool(f.Done()))
	gate.Set()
	r, _ := f.ResultTimeout(5 * time.Second)
	fmt.Println(r)
	fmt.Println(pyBool(f.Running()), pyBool(f.Done()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
