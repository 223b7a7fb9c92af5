package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := &threading.Barrier{Parties: 2, Timeout: 50 * time.Millisecond}
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("BrokenBarrierError after the default timeout")
	}
	fmt.Println(pyBool(b.Broken()))
	if _, err := b.WaitTimeout(5 * time.Second); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("still broken")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
