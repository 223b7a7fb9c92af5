package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return nil })
	r, _ := f.Result()
	e := f.Exception()
	fmt.Println(pyNone(r), pyNone(e))
	g := ex.SubmitFunc(func() { fmt.Println("printed by a worker") })
	r, _ = g.Result()
	fmt.Println(pyNone(r))
	ex.Shutdown(true, false)
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
