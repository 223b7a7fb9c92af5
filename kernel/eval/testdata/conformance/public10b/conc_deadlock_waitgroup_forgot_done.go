package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			if i != 1 {
				defer wg.Done()
			}
			results[i] = i + 1
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println(results)
}
