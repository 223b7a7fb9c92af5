package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	sum := 0
	count := 0
	for r := range results {
		sum += r
		count++
		if count == 3 {
			fmt.Println("sum so far:", sum)
		}
	}
	wg.Wait()
	fmt.Println("never printed", sum)
}
