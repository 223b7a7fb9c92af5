package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(1, nil)
	i, _ := b.Wait()
	j, _ := b.Wait()
	fmt.Println(i, j, b.Parties, b.NWaiting())
	b.Abort()
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("broken even alone")
	}
	b.Reset()
	k, _ := b.WaitTimeout(0)
	fmt.Println(k)
}
