package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	gate    threading.Event
	started = threading.NewSemaphore(0)
)

func task(i int) []any {
	started.Release()
	gate.Wait()
	return []any{i, threading.CurrentThread().GetName()}
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "dl"}
	var fs []*futures.Future
	for i := 0; i < 4; i++ {
		fs = append(fs, ex.Submit(func() any { return task(i) }))
	}
	started.Acquire()
	started.Acquire()
	running, pending := 0, 0
	for _, f := range fs {
		if f.Running() {
			running++
		}
		if !f.Running() && !f.Done() {
			pending++
		}
	}
	fmt.Println("running:", running, "pending:", pending)
	gate.Set()
	set := map[string]bool{}
	for _, f := range fs {
		r, _ := f.Result()
		set[r.([]any)[1].(string)] = true
	}
	ex.Shutdown(true, false)
	var names []string
	for n := range set {
		names = append(names, "'"+n+"'")
	}
	sort.Strings(names)
	fmt.Println("[" + strings.Join(names, ", ") + "]")
	var idx []string
	for _, f := range fs {
		r, _ := f.Result()
		idx = append(idx, fmt.Sprint(r.([]any)[0]))
	}
	fmt.Println("[" + strings.Join(idx, ", ") + "]")
}
