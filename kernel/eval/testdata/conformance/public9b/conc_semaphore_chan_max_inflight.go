package main

import (
	"fmt"
	"sync"
	"sync/atomic"
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
	sem := make(Semaphore, 3)
	var inflight, peak atomic.Int64
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			n := inflight.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			results[i] = i * i
			inflight.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("peak<=3:", peak.Load() <= 3, "inflight:", inflight.Load())
	fmt.Println(sem.TryAcquire(), sem.TryAcquire(), sem.TryAcquire(), sem.TryAcquire())
	fmt.Println(len(sem), cap(sem))
	sem.Release()
	fmt.Println(sem.TryAcquire(), len(sem))
}
