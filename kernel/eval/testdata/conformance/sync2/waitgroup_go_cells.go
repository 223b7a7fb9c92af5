package main

import (
	"fmt"
	"sort"
	"sync"
)

var (
	wg      sync.WaitGroup
	mu      sync.Mutex
	squares []int
)

func launch(n int) int {
	for i := 1; i <= n; i++ {
		wg.Go(func() {
			mu.Lock()
			squares = append(squares, i*i)
			mu.Unlock()
		})
	}
	return n
}

var launched = launch(6)

func main() {
	wg.Wait()
	sort.Ints(squares)
	fmt.Println(launched, squares)
}
