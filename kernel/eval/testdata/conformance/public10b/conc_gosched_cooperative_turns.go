package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				counts[name]++
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counts)
	flag := make(chan struct{})
	go func() {
		runtime.Gosched()
		close(flag)
	}()
	<-flag
	fmt.Println("closed after yield")
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0, runtime.GOOS != "")
}
