package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate, started threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f1 := ex.Submit(func() any {
		started.Set()
		gate.Wait()
		return "first"
	})
	f2 := ex.Submit(func() any { return "second" })
	started.Wait()
	fmt.Println(pyBool(f1.Running()), pyBool(f1.Done()), pyBool(f2.Running()), pyBool(f2.Done()))
	fmt.Println(pyBool(f1.Cancel()), pyBool(f2.Cancel()))
	fmt.Println(pyBool(f1.Cancelled()), pyBool(f2.Cancelled()), pyBool(f2.Done()))
	gate.Set()
	r, _ := f1.Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	fmt.Println(pyBool(f1.Done()), pyBool(f1.Running()), pyBool(f1.Cancelled()))
	if _, err := f2.Result(); err == futures.ErrCancelled {
		fmt.Println("CancelledError")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
