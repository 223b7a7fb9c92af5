package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	wg      sync.WaitGroup
	squares = map[int]int{}
)

func init() {
	for i := 1; i <= 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			squares[i] = i * i
			mu.Unlock()
		}()
	}
}

func main() {
	wg.Wait()
	for i := 1; i <= 8; i++ {
		fmt.Print(squares[i], " ")
	}
	fmt.Println(len(squares))
}
