// After CPython's Lib/test/lock_tests.py BarrierTests.test_wait_return and
// test_action: per pass exactly one thread gets 0, the action runs once.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

const N = 5
const passes = 3

func main() {
	actions := 0
	barrier := threading.NewBarrier(N, func() { actions++ })
	var results []int
	var lock threading.Lock
	f := func() {
		for p := 0; p < passes; p++ {
			r, _ := barrier.WaitTimeout(30 * time.Second)
			lock.Acquire()
			results = append(results, r)
			lock.Release()
		}
	}
	var ts []*threading.Thread
	for k := 0; k < N; k++ {
		ts = append(ts, &threading.Thread{Target: f})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	zeros := 0
	set := map[int]bool{}
	for _, r := range results {
		if r == 0 {
			zeros++
		}
		set[r] = true
	}
	var keys []int
	for k := range set {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var s []string
	for _, k := range keys {
		s = append(s, fmt.Sprint(k))
	}
	fmt.Println(zeros, "["+strings.Join(s, ", ")+"]", actions, len(results))
}
