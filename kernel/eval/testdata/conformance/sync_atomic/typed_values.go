package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint64
	ready  atomic.Bool
	name   atomic.Pointer[string]
}

func main() {
	var s stats
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%3 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(int64(i))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load(), s.ready.Load())
	fmt.Println(s.ready.CompareAndSwap(false, true), s.ready.Load())
	fmt.Println(s.name.Load() == nil)
	a := "alpha"
	s.name.Store(&a)
	fmt.Println(*s.name.Load())
	b := "beta"
	old := s.name.Swap(&b)
	fmt.Println(*old, *s.name.Load())
	var i32 atomic.Int32
	i32.Store(7)
	fmt.Println(i32.Swap(3), i32.Load(), i32.Add(-10))
	var u32 atomic.Uint32
	fmt.Println(u32.Add(5), u32.CompareAndSwap(5, 6), u32.Load())
}
