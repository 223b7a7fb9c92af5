// After CPython's Lib/test/lock_tests.py BarrierTests.test_timeout and
// test_default_timeout: one thread is late, the others' waits time out.
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
	for _, def := range []bool{false, true} {
		barrier := threading.NewBarrier(N, nil)
		if def {
			barrier = &threading.Barrier{Parties: N, Timeout: 300 * time.Millisecond}
		}
		var errs []int
		var lock threading.Lock
		f := func() {
			i, _ := barrier.WaitTimeout(30 * time.Second)
			if i == N/2 {
				time.Sleep(600 * time.Millisecond)
			}
			var err error
			if def {
				_, err = barrier.Wait()
			} else {
				_, err = barrier.WaitTimeout(300 * time.Millisecond)
			}
			if errors.Is(err, threading.ErrBrokenBarrier) {
				lock.Acquire()
				errs = append(errs, i)
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
		fmt.Println(pb(def), len(errs), pb(barrier.Broken()))
	}
}
