package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	tokens := 0
	var wg sync.WaitGroup
	served := make([]bool, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for tokens == 0 {
				c.Wait()
			}
			tokens--
			served[i] = true
			mu.Unlock()
		}()
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		tokens++
		mu.Unlock()
		c.Signal()
	}
	wg.Wait()
	fmt.Println(served, tokens)
}
