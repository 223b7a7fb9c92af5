package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Go(func() {
			results[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(results)
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for _, n := range []int{1, 2, 3, 4} {
		wg2.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			total += n
		})
	}
	wg2.Wait()
	fmt.Println(total)
}
