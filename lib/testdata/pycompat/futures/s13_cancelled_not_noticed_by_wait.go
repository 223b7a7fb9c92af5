package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var started, gate threading.Event
	first := func() any {
		started.Set()
		gate.Wait()
		return "a"
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(first)
	b := ex.Submit(func() any { return "b" })
	c := ex.Submit(func() any { return "c" })
	started.Wait()
	cb, cc := b.Cancel(), c.Cancel()
	fmt.Println("cancel:", pyBool(cb), pyBool(cc), "done():", pyBool(b.Done()), pyBool(c.Done()))
	done, notDone := futures.WaitTimeout([]*futures.Future{b, c}, 0, futures.AllCompleted)
	fmt.Println("wait right after cancel:", len(done), len(notDone))
	gate.Set()
	done, notDone = futures.WaitTimeout([]*futures.Future{a, b, c}, 10*time.Second, futures.AllCompleted)
	r, _ := a.Result()
	fmt.Println("after the worker went on:", len(done), len(notDone), r, pyBool(b.Cancelled()), pyBool(c.Cancelled()))
	ex.Shutdown(true, false)
}
