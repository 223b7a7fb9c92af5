package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	var where []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.SubmitFunc(gate.Wait)
	f.AddDoneCallback(func(*futures.Future) { where = append(where, threading.CurrentThread().Name) })
	gate.Set()
	f.Result()
	ex.Shutdown(true, false)
	f.AddDoneCallback(func(*futures.Future) { where = append(where, threading.CurrentThread().Name) })
	fmt.Printf("['%s', '%s']\n", where[0], where[1])
}
