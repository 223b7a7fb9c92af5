// After CPython's Lib/test/lock_tests.py EventTests.test_timeout.
package main

import (
	"fmt"
	"strings"
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
	var evt threading.Event
	for _, phase := range []string{"unset", "set"} {
		var results1 []string
		set := map[string]bool{}
		var lock threading.Lock
		f := func() {
			r1 := evt.WaitTimeout(0)
			t1 := time.Now()
			r := evt.WaitTimeout(200 * time.Millisecond)
			dt := time.Since(t1)
			ok := dt < 190*time.Millisecond
			if !r {
				ok = dt >= 190*time.Millisecond
			}
			lock.Acquire()
			results1 = append(results1, pb(r1))
			set[fmt.Sprintf("(%s, %s)", pb(r), pb(ok))] = true
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
		var items []string
		for k := range set {
			items = append(items, k)
		}
		fmt.Println(phase, "["+strings.Join(results1, ", ")+"]", "["+strings.Join(items, ", ")+"]")
		evt.Set()
	}
}
