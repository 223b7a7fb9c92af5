package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func list(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}

func main() {
	var calls []int
	b := threading.NewBarrier(3, func() { calls = append(calls, len(calls)) })
	b.Abort()
	fmt.Println(pb(b.Broken()), b.NWaiting())
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("BrokenBarrierError", "''")
	}
	b.Reset()
	fmt.Println(pb(b.Broken()))
	var idx []int
	var lock threading.Lock
	w := func() {
		for k := 0; k < 3; k++ {
			i, _ := b.WaitTimeout(30 * time.Second)
			lock.Acquire()
			idx = append(idx, i)
			lock.Release()
		}
	}
	var ts []*threading.Thread
	for k := 0; k < 3; k++ {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(idx)
	fmt.Println(list(calls), list(idx), pb(b.Broken()), b.NWaiting())
}
