// After CPython's Lib/test/test_concurrent_futures.py AsCompletedTests
// (test_zero_timeout, test_duplicate_futures).
package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	future1 := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	finished := ex.Submit(func() any { return "done" })
	finished.Result()
	failed := futures.NewFuture()
	failed.SetException(errors.New("OSError: x"))
	cancelled := futures.NewFuture()
	cancelled.Cancel()
	cancelled.SetRunningOrNotifyCancel()
	completed := map[*futures.Future]bool{}
	ch, errf := futures.AsCompletedTimeout([]*futures.Future{cancelled, failed, finished, future1}, 0)
	for f := range ch {
		completed[f] = true
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(pb(len(completed) == 3 && completed[cancelled] && completed[failed] && completed[finished]), pb(completed[future1]))
	dup := ex.SubmitFunc(func() { time.Sleep(50 * time.Millisecond) })
	n := 0
	for range futures.AsCompleted([]*futures.Future{dup, dup, dup}) {
		n++
	}
	fmt.Println(n)
	gate.Set()
	ex.Shutdown(true, false)
}
