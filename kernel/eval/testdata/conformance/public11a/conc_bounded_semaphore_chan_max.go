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

func main() {
	const limit = 3
	sem := make(Semaphore, limit)
	var running, maxRunning atomic.Int32
	var wg sync.WaitGroup
	results := make([]string, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			n := running.Add(1)
			for {
				m := maxRunning.Load()
				if n <= m || maxRunning.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			results[i] = fmt.Sprintf("job%02d", i*i)
			running.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("max concurrent <= limit:", maxRunning.Load() <= limit)
	fmt.Println("cap:", cap(sem), "len:", len(sem))
}
