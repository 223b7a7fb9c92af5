package main

import (
	"errors"
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

func main() {
	var started, gate threading.Event
	slow := func() any {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
		return "finished"
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	running := ex.Submit(slow)
	var queued []*futures.Future
	for i := 0; i < 3; i++ {
		queued = append(queued, ex.Submit(func() any { return fmt.Sprint(i) }))
	}
	started.WaitTimeout(30 * time.Second)
	threading.NewTimer(50*time.Millisecond, gate.Set).Start()
	ex.Shutdown(true, true)
	r, _ := running.Result()
	fmt.Printf("%v [%s, %s, %s] %s\n", r, pb(queued[0].Cancelled()), pb(queued[1].Cancelled()), pb(queued[2].Cancelled()), pb(running.Cancelled()))
	if _, err := queued[0].Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError")
	}
}
