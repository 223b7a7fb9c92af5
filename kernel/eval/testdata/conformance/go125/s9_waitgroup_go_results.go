package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Go(func() {
			results[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	total := 0
	var outer sync.WaitGroup
	for i := 1; i <= 3; i++ {
		outer.Go(func() {
			var inner sync.WaitGroup
			for j := 1; j <= i; j++ {
				inner.Go(func() {
					mu.Lock()
					total += j
					mu.Unlock()
				})
			}
			inner.Wait()
		})
	}
	outer.Wait()
	fmt.Println(total)
}
