package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	a := ex.Submit(func() any { return "a" })
	b := ex.Submit(func() any { gate.Wait(); return nil })
	a.Result()
	done, notDone := futures.WaitTimeout([]*futures.Future{a, b}, 0, futures.AllCompleted)
	fmt.Println(pyBool(len(done) == 1 && done[0] == a), pyBool(len(notDone) == 1 && notDone[0] == b), len(done), len(notDone))
	done, notDone = futures.WaitTimeout([]*futures.Future{a}, 0, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	gate.Set()
	ex.Shutdown(true, false)
	_, notDone = futures.WaitTimeout([]*futures.Future{a, b}, 0, futures.AllCompleted)
	if len(notDone) == 0 {
		fmt.Println("set()")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
