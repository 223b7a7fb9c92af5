package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(func() any { return 1 })
	g := ex.Submit(func() any { gate.Wait(); return true })
	f.Result()
	done, notDone := futures.WaitTimeout([]*futures.Future{f, f, g, g}, 0, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	done, notDone = futures.Wait([]*futures.Future{f, f, g}, futures.FirstCompleted)
	fmt.Println(len(done), len(notDone))
	gate.Set()
	done, notDone = futures.Wait([]*futures.Future{f, g, g, f}, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	ex.Shutdown(true, false)
}
