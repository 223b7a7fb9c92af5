package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate, started threading.Event

func job() any {
	started.Set()
	gate.Wait()
	return "ran"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	running := ex.Submit(job)
	pending := ex.Submit(func() any { return "never" })
	started.Wait()
	a := running.Cancel()
	fmt.Println(pyBool(a), pyBool(running.Cancelled()), pyBool(running.Running()))
	a = pending.Cancel()
	fmt.Println(pyBool(a), pyBool(pending.Cancelled()), pyBool(pending.Done()), pyBool(pending.Running()))
	fmt.Println(pyBool(pending.Cancel()))
	gate.Set()
	r, _ := running.Result()
	a = running.Cancel()
	fmt.Println(r, pyBool(a), pyBool(running.Cancelled()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
