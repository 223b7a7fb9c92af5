package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	// Python 3.11 accepts parties < 1: no wait is ever the last, so a wait
	// with a timeout breaks the barrier.
	b := threading.NewBarrier(0, nil)
	fmt.Println(b.Parties, b.NWaiting(), pyBool(b.Broken()))
	if _, err := b.WaitTimeout(50 * time.Millisecond); err == threading.ErrBrokenBarrier {
		fmt.Println("BrokenBarrierError")
	}
	fmt.Println(pyBool(b.Broken()))
	b.Reset()
	fmt.Println(pyBool(b.Broken()), b.NWaiting())
	n := threading.NewBarrier(-3, nil)
	fmt.Println(n.Parties)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
