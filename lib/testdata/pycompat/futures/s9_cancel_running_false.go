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
	return "done"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(job)
	started.Wait()
	fmt.Println(pyBool(f.Running()), pyBool(f.Cancel()), pyBool(f.Cancelled()))
	gate.Set()
	r, _ := f.Result()
	fmt.Println(r, pyBool(f.Running()), pyBool(f.Done()), pyBool(f.Cancel()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
