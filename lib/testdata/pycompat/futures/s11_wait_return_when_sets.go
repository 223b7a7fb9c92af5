package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func contains(fs []*futures.Future, f *futures.Future) string {
	for _, g := range fs {
		if g == f {
			return "True"
		}
	}
	return "False"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	ok := ex.Submit(func() any { return 1 })
	bad := ex.Submit(func() any { panic("ValueError: boom") })
	slow := ex.Submit(func() any { gate.Wait(); return nil })
	ok.Result()
	bad.Exception()
	all := []*futures.Future{ok, bad, slow}
	d, nd := futures.Wait(all, futures.FirstCompleted)
	fmt.Println(len(d), len(nd), contains(nd, slow))
	d, nd = futures.Wait(all, futures.FirstException)
	fmt.Println(len(d), len(nd), contains(d, bad))
	d, nd = futures.WaitTimeout([]*futures.Future{ok, slow}, 20*time.Millisecond, futures.AllCompleted)
	fmt.Println(len(d), len(nd))
	gate.Set()
	d, nd = futures.Wait(all, futures.AllCompleted)
	fmt.Println(len(d), len(nd))
	ex.Shutdown(true, false)
}
