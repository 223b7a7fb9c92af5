package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := range 3 {
		wg.Go(func() {
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			mu.Unlock()
			results[i] = fmt.Sprint("worker ", i, " done")
		})
	}
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
}
