package main

import (
	"fmt"
	"strings"
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
	var gate threading.Event
	var log []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	blocker := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	for !blocker.Running() {
		time.Sleep(time.Millisecond)
	}
	queued := ex.Submit(func() any { return "never" })
	queued.AddDoneCallback(func(f *futures.Future) {
		log = append(log, fmt.Sprintf("('cb1', %s, '%s')", pb(f.Cancelled()), threading.CurrentThread().GetName()))
	})
	a := queued.Cancel()
	b := queued.Cancel()
	c := blocker.Cancel()
	fmt.Println(pb(a), pb(b), pb(c))
	queued.AddDoneCallback(func(f *futures.Future) {
		log = append(log, fmt.Sprintf("('cb2', %s, '%s')", pb(f.Cancelled()), threading.CurrentThread().GetName()))
	})
	fmt.Println("[" + strings.Join(log, ", ") + "]")
	gate.Set()
	ex.Shutdown(true, false)
	r, _ := blocker.Result()
	fmt.Println(pb(r.(bool)), pb(queued.Cancelled()), pb(blocker.Cancelled()), pb(queued.Done()))
}
