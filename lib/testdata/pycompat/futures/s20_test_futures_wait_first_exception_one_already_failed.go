// After CPython's Lib/test/test_concurrent_futures.py WaitTests
// (test_first_exception_one_already_failed, test_first_completed_some_already_completed).
package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func in(f *futures.Future, fs []*futures.Future) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	failed := ex.Submit(func() any { panic(errors.New("OSError: failed")) })
	failed.Exception()
	future1 := ex.SubmitFunc(func() { time.Sleep(300 * time.Millisecond) })
	done, nd := futures.Wait([]*futures.Future{failed, future1}, futures.FirstException)
	fmt.Println(pb(len(done) == 1 && done[0] == failed), pb(len(nd) == 1 && nd[0] == future1))
	ok := ex.Submit(func() any { return 1 })
	ok.Result()
	future2 := ex.SubmitFunc(func() { time.Sleep(300 * time.Millisecond) })
	done, nd = futures.Wait([]*futures.Future{ok, future1, future2}, futures.FirstCompleted)
	fmt.Println(pb(in(ok, done)), pb(in(future2, nd)), len(done)+len(nd))
	ex.Shutdown(true, false)
}
