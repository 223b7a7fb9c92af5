package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	before := runtime.NumGoroutine()
	var wg sync.WaitGroup
	squares := make([]int, 10)
	for i := range squares {
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(squares)
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines back to start:", runtime.NumGoroutine() == before)

	var wg2 sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for _, chunk := range [][]int{{1, 2, 3}, {4, 5}, {6}, {}} {
		wg2.Go(func() {
			s := 0
			for _, v := range chunk {
				s += v
			}
			mu.Lock()
			total += s
			mu.Unlock()
		})
	}
	wg2.Wait()
	fmt.Println("total", total)
}
