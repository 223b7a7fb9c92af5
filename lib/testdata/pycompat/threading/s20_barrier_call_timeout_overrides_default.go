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

func main() {
	b := &threading.Barrier{Parties: 3, Timeout: 30 * time.Second}
	var res []string
	var lock threading.Lock
	w := func() {
		r := "passed"
		if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
			r = "broken"
		}
		lock.Acquire()
		res = append(res, r)
		lock.Release()
	}
	t := &threading.Thread{Target: w}
	t.Start()
	for b.NWaiting() < 1 {
		time.Sleep(time.Millisecond)
	}
	t0 := time.Now()
	if _, err := b.WaitTimeout(50 * time.Millisecond); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("main broken", pb(time.Since(t0) < 10*time.Second))
	} else {
		fmt.Println("passed")
	}
	t.Join()
	fmt.Printf("['%s'] %s %d\n", res[0], pb(b.Broken()), b.NWaiting())
}
