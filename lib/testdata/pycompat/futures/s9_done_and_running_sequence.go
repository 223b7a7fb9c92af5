package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var started, gate threading.Event

func job() any {
	started.Set()
	gate.Wait()
	return 3
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(job)
	started.Wait()
	fmt.Println(pyBool(f.Running()), pyBool(f.Done()))
	gate.Set()
	f.Result()
	fmt.Println(pyBool(f.Running()), pyBool(f.Done()), pyBool(f.Cancelled()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
