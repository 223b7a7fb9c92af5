package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var u atomic.Uint32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
			u.Add(1)
			if i == 25 {
				flag.Store(true)
			}
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), u.Load(), flag.Load())
	fmt.Println(n.Swap(7), n.Load())
	fmt.Println(n.CompareAndSwap(7, 8), n.CompareAndSwap(7, 9), n.Load())
	fmt.Println(flag.Swap(false), flag.Load())
	var i32 atomic.Int32
	i32.Store(-5)
	fmt.Println(i32.Add(-1), i32.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 40)
	fmt.Println(u64.Load())
	var up atomic.Uintptr
	up.Store(3)
	fmt.Println(up.Load())
}
