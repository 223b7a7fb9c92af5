package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("prev >= 1:", prev >= 1)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 100 {
				mu.Lock()
				total += i * j
				mu.Unlock()
				if j%10 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
	runtime.GOMAXPROCS(prev)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == prev)
	fmt.Println(runtime.GOOS != "", runtime.Version() != "")
}
