package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func contains(fs []*futures.Future, f *futures.Future) string {
	for _, x := range fs {
		if x == f {
			return "True"
		}
	}
	return "False"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	ok := ex.Submit(func() any { return 1 })
	ok.Result()
	bad := ex.Submit(func() any { panic(errors.New("ValueError: boom")) })
	bad.Exception()
	blocked := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	fs := []*futures.Future{ok, bad, blocked}
	for _, when := range []string{futures.FirstCompleted, futures.FirstException} {
		done, notDone := futures.Wait(fs, when)
		fmt.Println(when, len(done), len(notDone), contains(notDone, blocked))
	}
	done, notDone := futures.WaitTimeout(fs, 200*time.Millisecond, futures.AllCompleted)
	fmt.Println("ALL_COMPLETED with timeout:", len(done), len(notDone))
	done, notDone = futures.Wait([]*futures.Future{ok}, futures.FirstException)
	fmt.Println("no exception at all:", len(done), len(notDone))
	gate.Set()
	done, notDone = futures.Wait(fs, futures.AllCompleted)
	fmt.Println("all:", len(done), len(notDone), "set")
	ex.Shutdown(true, false)
}
