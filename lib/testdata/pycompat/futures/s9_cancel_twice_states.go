package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex.SubmitFunc(gate.Wait)
	f := ex.Submit(func() any { return 1 })
	a := f.Cancel()
	b := f.Cancel()
	fmt.Println(pyBool(a), pyBool(b), pyBool(f.Cancelled()), pyBool(f.Done()), pyBool(f.Running()))
	gate.Set()
	ex.Shutdown(true, false)
	fmt.Println(pyBool(f.Cancelled()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
