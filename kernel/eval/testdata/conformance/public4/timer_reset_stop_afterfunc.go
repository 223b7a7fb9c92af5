package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	t1 := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t1.Stop())
	t2 := time.NewTimer(time.Hour)
	t2.Reset(time.Millisecond)
	<-t2.C
	fmt.Println("timer 2 fired")
	var wg sync.WaitGroup
	wg.Add(1)
	var order []string
	var mu sync.Mutex
	time.AfterFunc(2*time.Millisecond, func() {
		mu.Lock()
		order = append(order, "afterfunc")
		mu.Unlock()
		wg.Done()
	})
	mu.Lock()
	order = append(order, "main")
	mu.Unlock()
	wg.Wait()
	fmt.Println(order)
	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(af.Stop())
	tick := time.NewTicker(time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	deadline := time.Now().Add(20 * time.Millisecond)
	for time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("deadline passed", time.Until(deadline) <= 0)
	start := time.Now()
	time.Sleep(3 * time.Millisecond)
	fmt.Println(time.Since(start) >= 3*time.Millisecond)
}
