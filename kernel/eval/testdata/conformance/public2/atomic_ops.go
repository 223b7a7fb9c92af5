package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	var n int64
	atomic.AddInt64(&n, 5)
	fmt.Println(atomic.CompareAndSwapInt64(&n, 5, 7), atomic.LoadInt64(&n))
	fmt.Println(atomic.SwapInt64(&n, 9), n)
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	var p atomic.Pointer[string]
	s := "hello"
	p.Store(&s)
	fmt.Println(*p.Load())
}
