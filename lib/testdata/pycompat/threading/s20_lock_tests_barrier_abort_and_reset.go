// After CPython's Lib/test/lock_tests.py BarrierTests.test_abort_and_reset.
package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

const N = 5

func main() {
	barrier := threading.NewBarrier(N, nil)
	barrier2 := threading.NewBarrier(N, nil)
	var results1, results2, results3 []bool
	var lock threading.Lock
	f := func() {
		i, err := barrier.WaitTimeout(30 * time.Second)
		if err == nil && i == N/2 {
			barrier.Abort()
		} else {
			if err == nil {
				_, err = barrier.WaitTimeout(30 * time.Second)
			}
			lock.Acquire()
			if errors.Is(err, threading.ErrBrokenBarrier) {
				results2 = append(results2, true)
			} else {
				results1 = append(results1, true)
			}
			lock.Release()
		}
		if j, _ := barrier2.WaitTimeout(30 * time.Second); j == N/2 {
			barrier.Reset()
		}
		barrier2.WaitTimeout(30 * time.Second)
		barrier.WaitTimeout(30 * time.Second)
		lock.Acquire()
		results3 = append(results3, true)
		lock.Release()
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
	fmt.Println(len(results1), len(results2), len(results3), pb(barrier.Broken()), barrier.NWaiting())
}
