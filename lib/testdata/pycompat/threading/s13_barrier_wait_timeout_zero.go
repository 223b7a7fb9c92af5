package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(2, nil)
	if _, err := b.WaitTimeout(0); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("timeout=0:", "BrokenBarrierError", "''", pyBool(b.Broken()), b.NWaiting())
	}
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("broken stays broken:", pyBool(b.Broken()))
	}
	b.Reset()
	fmt.Println("after reset:", pyBool(b.Broken()), b.NWaiting(), b.Parties)
	one := threading.NewBarrier(1, nil)
	i, _ := one.WaitTimeout(0)
	fmt.Println("single party, timeout=0:", i, pyBool(one.Broken()))
	if _, err := b.WaitTimeout(-time.Second); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("timeout=-1: broken", pyBool(b.Broken()))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
