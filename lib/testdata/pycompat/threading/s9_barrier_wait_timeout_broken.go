package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(2, nil)
	if _, err := b.WaitTimeout(20 * time.Millisecond); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("BrokenBarrierError", "''")
	}
	fmt.Println(pyBool(b.Broken()))
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
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
