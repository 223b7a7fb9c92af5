package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func main() {
	sem := make(Semaphore, 3)
	var mu sync.Mutex
	active, peak := 0, 0
	var done []int
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			done = append(done, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(done)
	fmt.Println(len(done), done[0], done[11], peak <= 3, active)

	tk := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range tk.C {
		ticks++
		if ticks == 4 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", ticks)

	tk2 := time.NewTicker(time.Hour)
	tk2.Reset(time.Millisecond)
	<-tk2.C
	tk2.Stop()
	fmt.Println("reset ticker fired")

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	timer.Reset(time.Millisecond)
	<-timer.C
	fmt.Println("timer fired, stop again:", timer.Stop())

	// select with default: non-blocking send/receive
	ch := make(chan int, 1)
	for i := range 3 {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	after := time.After(time.Millisecond)
	<-after
	fmt.Println("after done")
}
