package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func walk(depth int, wg *sync.WaitGroup, count *atomic.Int64) {
	defer wg.Done()
	count.Add(1)
	if depth == 0 {
		return
	}
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go walk(depth-1, wg, count)
	}
}

func main() {
	var wg sync.WaitGroup
	var count atomic.Int64
	wg.Add(1)
	go walk(5, &wg, &count)
	wg.Wait()
	fmt.Println("nodes visited:", count.Load())
}
