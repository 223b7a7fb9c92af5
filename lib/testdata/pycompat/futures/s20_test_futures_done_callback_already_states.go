// After CPython's Lib/test/test_concurrent_futures.py FutureTests
// (test_done_callback_already_successful/failed/cancelled, with_result/with_exception/with_cancel).
package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

var callbackResult any
var callbackException error
var wasCancelled *bool

func fn(f *futures.Future) { callbackResult, _ = f.Result() }

func fn2(f *futures.Future) { callbackException = f.Exception() }

func fn3(f *futures.Future) {
	c := f.Cancelled()
	wasCancelled = &c
}

func args(err error) string {
	_, msg, _ := strings.Cut(err.Error(), ": ")
	return "('" + msg + "',)"
}

func main() {
	f := futures.NewFuture()
	f.AddDoneCallback(fn)
	f.SetResult(5)
	fmt.Println(callbackResult)
	f = futures.NewFuture()
	f.AddDoneCallback(fn2)
	f.SetException(errors.New("Exception: test"))
	fmt.Println(args(callbackException))
	f = futures.NewFuture()
	f.AddDoneCallback(fn3)
	fmt.Println(pb(f.Cancel()), pb(*wasCancelled))
	f = futures.NewFuture()
	f.SetResult(5)
	f.AddDoneCallback(fn)
	f2 := futures.NewFuture()
	f2.SetException(errors.New("Exception: test2"))
	f2.AddDoneCallback(fn2)
	f3 := futures.NewFuture()
	f3.Cancel()
	wasCancelled = nil
	f3.AddDoneCallback(fn3)
	fmt.Println(callbackResult, args(callbackException), pb(*wasCancelled))
}
