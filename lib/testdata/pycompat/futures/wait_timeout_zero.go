package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	quick := ex.Submit(func() any { return 1 })
	quick.Result()
	slow := ex.SubmitFunc(gate.Wait)
	done, notDone := futures.WaitTimeout([]*futures.Future{quick, slow}, 0, futures.AllCompleted)
	fmt.Println(pyBool(slices.Contains(done, quick)), pyBool(slices.Contains(notDone, slow)))
	done, notDone = futures.WaitTimeout([]*futures.Future{slow}, 10*time.Millisecond, futures.FirstCompleted)
	fmt.Println(len(done), len(notDone))
	gate.Set()
	done, notDone = futures.WaitTimeout([]*futures.Future{slow}, 30*time.Second, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
