package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var fired []string
	t1 := time.AfterFunc(time.Hour, func() {
		mu.Lock()
		fired = append(fired, "t1")
		mu.Unlock()
	})
	fmt.Println("stop t1:", t1.Stop())
	fmt.Println("stop t1 again:", t1.Stop())

	done := make(chan struct{})
	t2 := time.AfterFunc(5*time.Millisecond, func() {
		mu.Lock()
		fired = append(fired, "t2")
		mu.Unlock()
		close(done)
	})
	<-done
	fmt.Println("stop t2 after fire:", t2.Stop())

	done3 := make(chan struct{})
	t3 := time.AfterFunc(time.Hour, func() { close(done3) })
	fmt.Println("reset t3:", t3.Reset(5*time.Millisecond))
	<-done3
	mu.Lock()
	fmt.Println("fired:", fired)
	mu.Unlock()

	tm := time.NewTimer(time.Hour)
	fmt.Println("timer stop:", tm.Stop())
	tm.Reset(time.Millisecond)
	<-tm.C
	fmt.Println("timer fired after reset")
}
