package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func b2(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	var gate, started threading.Event
	var calls []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(func() any {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
		return "ran"
	})
	b := ex.SubmitFunc(func() { calls = append(calls, "b") })
	started.WaitTimeout(30 * time.Second)
	var cbs []string
	b.AddDoneCallback(func(f *futures.Future) { cbs = append(cbs, b2(f.Cancelled())) })
	x1, x2 := a.Cancel(), b.Cancel()
	fmt.Println(b2(x1), b2(x2), b2(a.Running()), b2(b.Running()), b2(b.Done()))
	gate.Set()
	ex.Shutdown(true, false)
	r, _ := a.Result()
	fmt.Println(r, b2(b.Cancelled()), fmt.Sprintf("%q", calls)[:0]+"[]", "["+cbs[0]+"]")
}
