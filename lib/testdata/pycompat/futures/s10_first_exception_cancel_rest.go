package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func task(n int) any {
	if n == 1 {
		panic(fmt.Errorf("task %d failed", n))
	}
	if n == 0 {
		gate.Wait()
	}
	return n
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
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for n := range 5 {
		fs = append(fs, ex.Submit(func() any { return task(n) }))
	}
	done, notDone := futures.Wait(fs, futures.FirstException)
	fmt.Println(pyBool(in(fs[1], done)), pyBool(in(fs[0], notDone)))
	for _, f := range fs[2:] {
		f.Cancel()
	}
	gate.Set()
	ex.Shutdown(true, false)
	r, _ := fs[0].Result()
	fmt.Printf("%v ValueError('%v')\n", r, fs[1].Exception())
	n := 0
	all := true
	for _, f := range fs {
		if f.Cancelled() {
			n++
		}
		all = all && f.Done()
	}
	fmt.Println(pyBool(n <= 3), pyBool(all))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
