package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }
func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func main() {
	sem := make(Semaphore, 2)
	var cur, peak atomic.Int32
	var wg sync.WaitGroup
	done := make([]bool, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			n := cur.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			done[i] = true
			cur.Add(-1)
		}(i)
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak.Load() <= 2, "peak >= 1:", peak.Load() >= 1)
	fmt.Println("done:", done)
	fmt.Println("try1:", sem.TryAcquire(), "try2:", sem.TryAcquire(), "try3:", sem.TryAcquire())
	sem.Release()
	fmt.Println("after release:", sem.TryAcquire(), len(sem), cap(sem))
}
