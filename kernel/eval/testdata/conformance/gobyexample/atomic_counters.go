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
			for c := 0; c < 100; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	var n int64
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt64(&n, 2)
		}()
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.CompareAndSwapInt64(&n, 20, 1), n)
	var flag atomic.Bool
	fmt.Println(flag.Swap(true), flag.Load())
	var v atomic.Value
	v.Store("config")
	fmt.Println(v.Load().(string))
}
