package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var calls []string

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return 5 })
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		calls = append(calls, fmt.Sprintf("('first', %v)", r))
	})
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		calls = append(calls, fmt.Sprintf("('second', %v)", r))
	})
	gate.Set()
	f.Result()
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(calls, ", ") + "]")
	f.AddDoneCallback(func(fut *futures.Future) { r, _ := fut.Result(); calls = append(calls, fmt.Sprintf("('late', %v)", r)) })
	fmt.Println("[" + strings.Join(calls, ", ") + "]")
}
