package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var seen []string
	cb := func(f *futures.Future) {
		seen = append(seen, fmt.Sprintf("(%s, %s, %s, %s)", pyBool(f.Running()), pyBool(f.Done()), pyBool(f.Cancelled()), pyBool(f.Cancelled() || f.Exception() == nil)))
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	ok := ex.Submit(func() any { return 1 })
	bad := ex.Submit(func() any { panic("RuntimeError: x") })
	futures.Wait([]*futures.Future{ok, bad}, futures.AllCompleted)
	ok.AddDoneCallback(cb)
	bad.AddDoneCallback(cb)
	ex.Shutdown(true, false)
	m := futures.NewFuture()
	m.AddDoneCallback(cb)
	m.Cancel()
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
}
