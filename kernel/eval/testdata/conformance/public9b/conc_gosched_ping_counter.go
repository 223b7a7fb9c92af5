package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				n.Add(int64(id))
				if j%10 == 0 {
					runtime.Gosched()
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(n.Load())
	var flag atomic.Bool
	done := make(chan struct{})
	go func() {
		for !flag.Load() {
			runtime.Gosched()
		}
		close(done)
	}()
	flag.Store(true)
	<-done
	fmt.Println("flag seen", runtime.NumCPU() > 0)
}
