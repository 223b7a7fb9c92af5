package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	results := make([]int, len(nums))
	var wg sync.WaitGroup
	for i, n := range nums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(n)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	total := 0
	for _, n := range nums {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total += v
		}(n)
	}
	wg.Wait()
	fmt.Println(total)

	var once sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println(calls)
}
