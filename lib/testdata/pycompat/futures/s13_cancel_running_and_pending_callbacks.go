package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var started, gate threading.Event
	slow := func() any {
		started.Set()
		gate.Wait()
		return "slow done"
	}
	var events []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	running := ex.Submit(slow)
	pending := ex.Submit(func() any { return "never" })
	pending.AddDoneCallback(func(f *futures.Future) {
		events = append(events, fmt.Sprintf("('pending cb', %s)", pyBool(f.Cancelled())))
	})
	running.AddDoneCallback(func(f *futures.Future) {
		events = append(events, fmt.Sprintf("('running cb', %s)", pyBool(f.Cancelled())))
	})
	started.Wait()
	fmt.Println("cancel running:", pyBool(running.Cancel()), pyBool(running.Running()), pyBool(running.Cancelled()))
	fmt.Println("cancel pending:", pyBool(pending.Cancel()), pyBool(pending.Cancelled()), pyBool(pending.Done()))
	fmt.Println("events so far:", "["+strings.Join(events, ", ")+"]")
	fmt.Println("cancel pending again:", pyBool(pending.Cancel()))
	gate.Set()
	r, _ := running.Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	if _, err := pending.Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError", "''")
	}
	fmt.Println("[" + strings.Join(events, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
