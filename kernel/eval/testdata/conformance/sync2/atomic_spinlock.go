package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ held atomic.Bool }

func (s *SpinLock) Lock() {
	for !s.held.CompareAndSwap(false, true) {
		runtime.Gosched()
	}
}

func (s *SpinLock) Unlock() { s.held.Store(false) }

func main() {
	var l SpinLock
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				l.Lock()
				total++
				l.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(total)
	var _ sync.Locker = &l
}
