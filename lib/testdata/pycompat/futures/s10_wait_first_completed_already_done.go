package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func in(f *futures.Future, fs []*futures.Future) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	a := ex.Submit(func() any { return "a" })
	a.Result()
	b := ex.SubmitFunc(gate.Wait)
	done, notDone := futures.WaitTimeout([]*futures.Future{a, b}, 5*time.Second, futures.FirstCompleted)
	fmt.Println(pyBool(in(a, done)), pyBool(in(b, notDone)))
	done, notDone = futures.WaitTimeout([]*futures.Future{a, b}, 20*time.Millisecond, futures.FirstException)
	fmt.Println(len(done), len(notDone))
	gate.Set()
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
