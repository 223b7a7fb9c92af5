package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return true })
	done, notDone := futures.WaitTimeout([]*futures.Future{f}, 50*time.Millisecond, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	gate.Set()
	done, notDone = futures.WaitTimeout([]*futures.Future{f}, 5*time.Second, futures.AllCompleted)
	r, _ := f.Result()
	fmt.Println(len(done), len(notDone), pyBool(r.(bool)))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
