package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")
	timer2 := time.NewTimer(time.Hour)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks)
	var wg sync.WaitGroup
	wg.Add(1)
	t := time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("AfterFunc ran")
		wg.Done()
	})
	wg.Wait()
	fmt.Println("stop after fire:", t.Stop())
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired")
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
		fmt.Println("never")
	}
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println(time.Since(start) >= 15*time.Millisecond, time.Until(start) < 0)
}
