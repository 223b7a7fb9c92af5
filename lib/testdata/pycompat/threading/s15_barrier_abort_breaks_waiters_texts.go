package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	b       = threading.NewBarrier(3, nil)
	errs    []string
	lock    threading.Lock
	waiting = threading.NewSemaphore(0)
)

func party() {
	waiting.Release()
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		lock.Acquire()
		errs = append(errs, "BrokenBarrierError")
		lock.Release()
	}
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 2; i++ {
		ts = append(ts, &threading.Thread{Target: party})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		waiting.Acquire()
	}
	for b.NWaiting() < 2 {
	}
	b.Abort()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("['"+strings.Join(errs, "', '")+"']", map[bool]string{true: "True", false: "False"}[b.Broken()], b.NWaiting())
	b.Reset()
	fmt.Println(map[bool]string{true: "True", false: "False"}[b.Broken()])
}
