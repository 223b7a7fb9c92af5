package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func storeMax(p *int64, v int64) {
	for {
		old := atomic.LoadInt64(p)
		if v <= old || atomic.CompareAndSwapInt64(p, old, v) {
			return
		}
	}
}

func main() {
	var max int64
	var wg sync.WaitGroup
	vals := []int64{5, 99, 3, 42, 77, 98, 1}
	for _, v := range vals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			storeMax(&max, v)
		}()
	}
	wg.Wait()
	fmt.Println("max", max)
	var c int32
	for i := 0; i < 10; i++ {
		atomic.AddInt32(&c, 3)
	}
	fmt.Println(atomic.LoadInt32(&c), atomic.SwapInt32(&c, 0), c)
}
