package main

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate, started threading.Event

func block() any {
	started.Set()
	gate.Wait()
	return 1
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(block)
	b := ex.Submit(func() any { return 2 })
	c := ex.Submit(func() any { return 3 })
	fs := []*futures.Future{a, b, c}
	started.Wait()
	b.Cancel()
	done, notDone := futures.WaitTimeout(fs, 50*time.Millisecond, futures.FirstException)
	fmt.Println(len(done), len(notDone), pyBool(slices.Contains(done, b)))
	gate.Set()
	done, notDone = futures.Wait(fs, futures.AllCompleted)
	var rs []int
	for _, f := range done {
		if !f.Cancelled() {
			r, _ := f.Result()
			rs = append(rs, r.(int))
		}
	}
	sort.Ints(rs)
	fmt.Printf("%d %d [%d, %d]\n", len(done), len(notDone), rs[0], rs[1])
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
