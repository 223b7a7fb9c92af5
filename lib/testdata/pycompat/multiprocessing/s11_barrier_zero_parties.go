package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	b := multiprocessing.NewBarrier(0)
	fmt.Println(b.Parties(), b.NWaiting(), pyBool(b.Broken()))
	if _, err := b.WaitTimeout(50 * time.Millisecond); err == multiprocessing.ErrBrokenBarrier {
		fmt.Println("BrokenBarrierError")
	}
	fmt.Println(pyBool(b.Broken()))
	b.Reset()
	fmt.Println(pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
