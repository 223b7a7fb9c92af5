package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	b    = threading.NewBarrier(3, nil)
	out  []string
	lock threading.Lock
)

func waiter() {
	r := "passed"
	if _, err := b.Wait(); err != nil {
		r = "broken"
	}
	lock.Acquire()
	out = append(out, "'"+r+"'")
	lock.Release()
}

func py(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	t := &threading.Thread{Target: waiter}
	t.Start()
	for b.NWaiting() < 1 {
	}
	if _, err := b.WaitTimeout(300 * time.Millisecond); err != nil {
		fmt.Println("main timed out -> BrokenBarrierError")
	}
	t.Join()
	fmt.Println("other waiter:", "["+strings.Join(out, ", ")+"]", "broken:", py(b.Broken()), "n_waiting:", b.NWaiting())
	b.Reset()
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: waiter})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	rest := append([]string(nil), out[1:]...)
	sort.Strings(rest)
	fmt.Println("after reset, three pass:", "["+strings.Join(rest, ", ")+"]", py(b.Broken()))
}
