package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var started, release threading.Event
	job := func() any {
		started.Set()
		release.Wait()
		return "ok"
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(job)
	b := ex.Submit(job)
	started.Wait()
	fmt.Println("a:", pyBool(a.Running()), pyBool(a.Done()), "b:", pyBool(b.Running()), pyBool(b.Done()))
	fmt.Println("cancel a:", pyBool(a.Cancel()), "cancel b:", pyBool(b.Cancel()))
	release.Set()
	r, _ := a.Result()
	fmt.Println(r, pyBool(a.Running()), pyBool(a.Done()), pyBool(b.Cancelled()), pyBool(b.Done()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
