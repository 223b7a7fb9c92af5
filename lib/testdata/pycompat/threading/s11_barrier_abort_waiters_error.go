package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(3, nil)
	var errs []string
	var mu threading.Lock
	waiter := func() {
		if _, err := b.Wait(); err == threading.ErrBrokenBarrier {
			mu.Acquire()
			errs = append(errs, "'broken'")
			mu.Release()
		}
	}
	ts := []*threading.Thread{{Target: waiter}, {Target: waiter}}
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
	fmt.Println(pyStrs(errs), pyBool(b.Broken()), b.NWaiting())
	if _, err := b.Wait(); err == threading.ErrBrokenBarrier {
		fmt.Println("still broken")
	}
	b.Reset()
	fmt.Println(pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
