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
	return 42
}

func states(f *futures.Future) string {
	return fmt.Sprintf("(%s, %s, %s)", pyBool(f.Running()), pyBool(f.Done()), pyBool(f.Cancelled()))
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	blocker := ex.Submit(job)
	queued := ex.Submit(func() any { return "queued" })
	started.Wait()
	fmt.Println("running:", states(blocker))
	fmt.Println("pending:", states(queued))
	gate.Set()
	a, _ := blocker.Result()
	b, _ := queued.Result()
	fmt.Println(a, b)
	fmt.Println("finished:", states(blocker), states(queued))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
