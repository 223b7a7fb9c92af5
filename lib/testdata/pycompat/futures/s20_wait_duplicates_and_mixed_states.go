package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func in(f *futures.Future, fs []*futures.Future) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	a := ex.Submit(func() any { return 1 })
	a.Result()
	b := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	c := futures.NewFuture()
	c.Cancel()
	for _, rw := range []string{futures.FirstCompleted, futures.FirstException} {
		done, nd := futures.WaitTimeout([]*futures.Future{a, a, b, c, c}, 5*time.Second, rw)
		fmt.Println(rw, len(done), len(nd), pb(in(a, done)), pb(in(c, done)), pb(in(b, nd)))
	}
	done, nd := futures.WaitTimeout([]*futures.Future{a, b, b}, 50*time.Millisecond, futures.AllCompleted)
	fmt.Println(futures.AllCompleted, len(done), len(nd))
	gate.Set()
	done, nd = futures.Wait([]*futures.Future{b, b, a}, futures.AllCompleted)
	r, _ := b.Result()
	fmt.Println(len(done), len(nd), pb(r.(bool)))
	ex.Shutdown(true, false)
}
