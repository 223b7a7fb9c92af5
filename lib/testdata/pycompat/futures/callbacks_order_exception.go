package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var calls []string

func fail() any {
	gate.Wait()
	panic("KeyError('k')")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(fail)
	for i := range 3 {
		f.AddDoneCallback(func(fut *futures.Future) {
			calls = append(calls, fmt.Sprintf("(%d, \"%v\")", i, fut.Exception()))
		})
	}
	gate.Set()
	f.Exception()
	ex.Shutdown(true, false)
	fmt.Printf("[%s]\n", strings.Join(calls, ", "))
}
