package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	ready  atomic.Bool
	name   atomic.Value
	ptr    atomic.Pointer[string]
	u      atomic.Uint64
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%5 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(2)
			}
			s.u.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load(), s.u.Load())
	fmt.Println(s.ready.Load())
	s.ready.Store(true)
	fmt.Println(s.ready.Load(), s.ready.Swap(false), s.ready.Load())
	fmt.Println(s.ready.CompareAndSwap(false, true), s.ready.Load())
	fmt.Println(s.name.Load() == nil)
	s.name.Store("cache")
	fmt.Println(s.name.Load().(string))
	fmt.Println(s.ptr.Load() == nil)
	str := "hello"
	s.ptr.Store(&str)
	fmt.Println(*s.ptr.Load())
	fmt.Println(s.hits.CompareAndSwap(80, 1), s.hits.Load())
	fmt.Println(s.hits.Swap(9), s.hits.Load())
	var old int64 = 5
	fmt.Println(atomic.AddInt64(&old, 3), atomic.LoadInt64(&old))
	atomic.StoreInt64(&old, -1)
	fmt.Println(atomic.CompareAndSwapInt64(&old, -1, 10), old)
	var flags atomic.Uint32
	flags.Or(0b101)
	flags.And(0b100)
	fmt.Printf("%03b\n", flags.Load())
	var counter int32
	for range 4 {
		wg.Add(1)
		go func() { defer wg.Done(); atomic.AddInt32(&counter, 10) }()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&counter))
}
