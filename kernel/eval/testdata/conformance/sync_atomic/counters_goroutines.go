package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 2)
				atomic.AddUint32(&u, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u))
	atomic.StoreInt64(&n, -5)
	fmt.Println(n, atomic.SwapInt64(&n, 9), n)
	fmt.Println(atomic.CompareAndSwapInt64(&n, 9, 10), atomic.CompareAndSwapInt64(&n, 9, 11), n)
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u)
}
