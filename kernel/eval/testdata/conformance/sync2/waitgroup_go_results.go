package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]int, 8)
	for i := range out {
		wg.Go(func() {
			out[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(out)
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(total)
}
