package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(func() any { return 1 })
	g := ex.Submit(func() any { return 2 })
	n := 0
	for range futures.AsCompleted([]*futures.Future{f, f, g}) {
		n++
	}
	fmt.Println(n)
	done, notDone := futures.Wait([]*futures.Future{f, g, f, g}, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	ex.Shutdown(true, false)
}
