package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	f := futures.NewFuture()
	fmt.Println(py(f.Done()), py(f.Running()), py(f.Cancelled()))
	var calls []string
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		calls = append(calls, fmt.Sprintf("('early', %v)", r))
	})
	ok := f.SetRunningOrNotifyCancel()
	fmt.Println(py(ok), py(f.Running()))
	f.SetResult(42)
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		calls = append(calls, fmt.Sprintf("('late', %v)", r))
	})
	fmt.Println("["+strings.Join(calls, ", ")+"]", py(f.Done()), py(f.Cancel()))
	func() {
		defer func() {
			if e := recover(); e != nil && strings.HasPrefix(fmt.Sprint(e), "InvalidStateError") {
				fmt.Println("InvalidStateError on second set_result")
			} else if e != nil {
				fmt.Println(e)
			}
		}()
		f.SetResult(43)
	}()
	g := futures.NewFuture()
	c := g.Cancel()
	fmt.Println(py(c), py(g.Cancelled()), py(g.SetRunningOrNotifyCancel()))
}
