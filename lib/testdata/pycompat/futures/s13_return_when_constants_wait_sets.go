package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	fmt.Println(futures.FirstCompleted, futures.FirstException, futures.AllCompleted)
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	slow := ex.Submit(func() any { gate.Wait(); return true })
	bad := ex.Submit(func() any { panic("KeyError: 'k'") })
	ok := ex.Submit(func() any { return 1 })
	futures.Wait([]*futures.Future{bad, ok}, futures.AllCompleted)
	for _, when := range []string{futures.FirstCompleted, futures.FirstException, futures.AllCompleted} {
		done, notDone := futures.WaitTimeout([]*futures.Future{slow, bad, ok}, 50*time.Millisecond, when)
		in := false
		for _, f := range notDone {
			in = in || f == slow
		}
		fmt.Println(when, len(done), len(notDone), pyBool(in))
	}
	gate.Set()
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
