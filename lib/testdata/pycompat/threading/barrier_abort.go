package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(3, nil)
var errs []string
var lock threading.Lock

func w() {
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		lock.Acquire()
		errs = append(errs, "broken")
		lock.Release()
	}
}

func main() {
	var ts []*threading.Thread
	for range 2 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for b.NWaiting() < 2 {
		time.Sleep(time.Millisecond)
	}
	b.Abort()
	for _, t := range ts {
		t.Join()
	}
	fmt.Printf("['%s', '%s'] %s\n", errs[0], errs[1], pyBool(b.Broken()))
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("BrokenBarrierError", "''")
	}
	b.Reset()
	fmt.Println(pyBool(b.Broken()), b.NWaiting())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
