package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Uint32
	active   atomic.Int32
	ready    atomic.Bool
	bytes    atomic.Uint64
	last     atomic.Value
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.active.Add(1)
			defer s.active.Add(-1)
			s.requests.Add(1)
			if i%7 == 0 {
				s.errors.Add(1)
			}
			s.bytes.Add(uint64(i))
		}()
	}
	wg.Wait()
	s.ready.Store(true)
	s.last.Store("done")
	fmt.Println(s.requests.Load(), s.errors.Load(), s.active.Load(), s.ready.Load(), s.bytes.Load(), s.last.Load())
	fmt.Println(s.ready.CompareAndSwap(true, false), s.ready.Load())
	fmt.Println(s.requests.Swap(0), s.requests.Load())
	var ops uint64
	var wg2 sync.WaitGroup
	for range 20 {
		wg2.Add(1)
		go func() {
			for range 500 {
				atomic.AddUint64(&ops, 1)
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("ops:", atomic.LoadUint64(&ops))
	var flags atomic.Uint32
	flags.Or(0b101)
	old := flags.And(0b100)
	fmt.Printf("%03b %03b\n", old, flags.Load())
	var i32 int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 9), i32, atomic.SwapInt32(&i32, 1), i32)
}
