package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	max    atomic.Int64
	on     atomic.Bool
	last   atomic.Value
	cfg    atomic.Pointer[string]
}

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 100; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	var s stats
	for i := int64(1); i <= 10; i++ {
		s.hits.Add(i)
		for {
			cur := s.max.Load()
			if i <= cur || s.max.CompareAndSwap(cur, i) {
				break
			}
		}
	}
	s.misses.Add(3)
	fmt.Println(s.hits.Load(), s.misses.Load(), s.max.Load(), s.on.Load(), s.on.Swap(true), s.on.Load())
	s.last.Store("first")
	fmt.Println(s.last.Load(), s.last.Swap("second"), s.last.Load())
	c := "v1"
	s.cfg.Store(&c)
	fmt.Println(*s.cfg.Load())
	var legacy int32
	atomic.AddInt32(&legacy, 5)
	fmt.Println(atomic.LoadInt32(&legacy), atomic.CompareAndSwapInt32(&legacy, 5, 6), legacy)
}
