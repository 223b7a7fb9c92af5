package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(3, nil)
	var outcomes []string
	var lock threading.Lock
	ready := threading.NewSemaphore(0)
	w := func(i int) {
		ready.Release()
		r := "passed"
		if _, err := b.Wait(); err == threading.ErrBrokenBarrier {
			r = "broken"
		}
		lock.Acquire()
		outcomes = append(outcomes, fmt.Sprintf("(%d, '%s')", i, r))
		lock.Release()
	}
	var ts []*threading.Thread
	for i := range 2 {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		ready.Acquire()
	}
	for b.NWaiting() < 2 {
		runtime.Gosched()
	}
	b.Abort()
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(outcomes)
	br := func() string {
		if b.Broken() {
			return "True"
		}
		return "False"
	}
	fmt.Println("["+strings.Join(outcomes, ", ")+"]", br(), b.NWaiting())
	b.Reset()
	fmt.Println(br())
}
