package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate, started threading.Event
var calls []string

func block() {
	started.Set()
	gate.Wait()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex.SubmitFunc(block)
	f := ex.Submit(func() any { return 1 })
	started.Wait()
	f.AddDoneCallback(func(fut *futures.Future) {
		calls = append(calls, fmt.Sprintf("('before', %s)", pyBool(fut.Cancelled())))
	})
	f.Cancel()
	f.AddDoneCallback(func(fut *futures.Future) {
		calls = append(calls, fmt.Sprintf("('after', %s)", pyBool(fut.Cancelled())))
	})
	fmt.Printf("[%s]\n", strings.Join(calls, ", "))
	gate.Set()
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
