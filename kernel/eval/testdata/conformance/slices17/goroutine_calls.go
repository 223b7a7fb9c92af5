package main

import (
	"fmt"
	"sync"
)

// Calls in goroutines get their buffer each.

func work(n int, out []int, i int, wg *sync.WaitGroup) {
	defer wg.Done()
	var s []int
	for j := 0; j < n; j++ {
		s = append(s, j)
	}
	out[i] = cap(s)
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 4)
	for i := range out {
		wg.Add(1)
		go work(i+1, out, i, &wg)
	}
	wg.Wait()
	fmt.Println(out)
}
