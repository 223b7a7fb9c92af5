package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var started, gate threading.Event
	var mu threading.Lock
	var log []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	first := func() any {
		started.Set()
		gate.Wait()
		return "first"
	}
	fs := []*futures.Future{ex.Submit(first)}
	for i := range 3 {
		fs = append(fs, ex.Submit(func() any { return i }))
	}
	for i, f := range fs {
		f.AddDoneCallback(func(f *futures.Future) {
			mu.Acquire()
			log = append(log, fmt.Sprintf("(%d, %s)", i, pyBool(f.Cancelled())))
			mu.Release()
		})
	}
	started.Wait()
	ex.Shutdown(false, true)
	show := func() string {
		mu.Acquire()
		defer mu.Release()
		l := append([]string{}, log...)
		sort.Strings(l)
		return "[" + strings.Join(l, ", ") + "]"
	}
	var cs []string
	for _, f := range fs {
		cs = append(cs, pyBool(f.Cancelled()))
	}
	fmt.Println("after shutdown:", show(), "["+strings.Join(cs, ", ")+"]")
	gate.Set()
	ex.Shutdown(true, false)
	r, _ := fs[0].Result()
	fmt.Println("after wait:", show(), r)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
