package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	a := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	b := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	done, notDone := futures.WaitTimeout([]*futures.Future{a, b}, 50*time.Millisecond, futures.FirstCompleted)
	fmt.Println(len(done), len(notDone))
	c := futures.NewFuture()
	c.SetResult("c")
	done, notDone = futures.Wait([]*futures.Future{a, b, c}, futures.FirstCompleted)
	r, _ := done[0].Result()
	fmt.Printf("['%v'] %d\n", r, len(notDone))
	d := futures.NewFuture()
	d.Cancel()
	done, notDone = futures.WaitTimeout([]*futures.Future{a, d}, 100*time.Millisecond, futures.FirstCompleted)
	var cs []string
	for _, f := range done {
		cs = append(cs, map[bool]string{true: "True", false: "False"}[f.Cancelled()])
	}
	fmt.Printf("[%s] %d\n", strings.Join(cs, ", "), len(notDone))
	gate.Set()
	ex.Shutdown(true, false)
	done, notDone = futures.Wait(nil, futures.FirstCompleted)
	fmt.Printf("DoneAndNotDoneFutures(done=set(), not_done=set())\n")
	_ = done
	_ = notDone
}
