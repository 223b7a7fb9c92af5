package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var seen []string

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex.SubmitFunc(gate.Wait)
	f2 := ex.Submit(func() any { return 1 })
	f2.AddDoneCallback(func(f *futures.Future) { seen = append(seen, pyBool(f.Cancelled())) })
	f2.Cancel()
	fmt.Printf("[%s]\n", seen[0])
	gate.Set()
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
