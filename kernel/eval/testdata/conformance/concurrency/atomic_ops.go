package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			for range 100 {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	var n int32
	atomic.AddInt32(&n, 5)
	fmt.Println(atomic.CompareAndSwapInt32(&n, 5, 7), atomic.LoadInt32(&n))
	var flags atomic.Uint32
	flags.Or(0b101)
	flags.And(0b100)
	fmt.Println(flags.Load())
	var v atomic.Value
	v.Store("x")
	fmt.Println(v.Load(), v.Swap("y"), v.Load())
	var b atomic.Bool
	fmt.Println(b.CompareAndSwap(false, true), b.Load())
}
