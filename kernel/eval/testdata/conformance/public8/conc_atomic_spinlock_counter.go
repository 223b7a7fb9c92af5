package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state atomic.Int32 }

func (s *SpinLock) Lock() {
	for !s.state.CompareAndSwap(0, 1) {
		runtime.Gosched()
	}
}

func (s *SpinLock) Unlock() { s.state.Store(0) }

type Stats struct {
	sync.Locker
	hits map[string]int
}

func main() {
	st := Stats{Locker: &SpinLock{}, hits: map[string]int{}}
	var wg sync.WaitGroup
	var ops atomic.Uint64
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				st.Lock()
				st.hits[fmt.Sprintf("k%d", (g+i)%4)]++
				st.Unlock()
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(ops.Load(), st.hits["k0"]+st.hits["k1"]+st.hits["k2"]+st.hits["k3"], len(st.hits))
	var mu sync.Locker = &sync.Mutex{}
	mu.Lock()
	fmt.Println(mu.(*sync.Mutex).TryLock())
	mu.Unlock()
	fmt.Println(mu.(*sync.Mutex).TryLock())
}
