package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(2, nil)
	b.Abort()
	fmt.Println(pyBool(b.Broken()))
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("BrokenBarrierError", "''")
	}
	b.Reset()
	fmt.Println(pyBool(b.Broken()))
	t := &threading.Thread{Target: func() { b.Wait() }}
	t.Start()
	i, _ := b.Wait()
	fmt.Println(pyBool(i == 0 || i == 1))
	t.Join()
	fmt.Println(pyBool(b.Broken()), b.NWaiting())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
