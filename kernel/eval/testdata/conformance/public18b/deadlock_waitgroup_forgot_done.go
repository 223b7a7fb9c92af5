package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			if i == 2 {
				results <- i * 10
				return // forgot wg.Done
			}
			defer wg.Done()
			results <- i * 10
		}()
	}
	wg.Wait()
	close(results)
	fmt.Println("unreached")
}
