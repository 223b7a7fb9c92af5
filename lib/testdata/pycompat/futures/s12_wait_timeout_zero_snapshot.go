package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func in(fs []*futures.Future, f *futures.Future) string {
	for _, g := range fs {
		if g == f {
			return "True"
		}
	}
	return "False"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	quick := ex.Submit(func() any { return 1 })
	quick.Result()
	slow := ex.Submit(func() any { gate.Wait(); return true })
	done, notDone := futures.WaitTimeout([]*futures.Future{quick, slow}, 0, futures.AllCompleted)
	fmt.Println(in(done, quick), in(notDone, slow), len(done), len(notDone))
	gate.Set()
	done, notDone = futures.WaitTimeout([]*futures.Future{quick, slow}, 5*time.Second, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	ex.Shutdown(true, false)
}
