package main

import (
	"fmt"
	"sync"
)

func worker(id int, mu *sync.Mutex, started *[]int) {
	mu.Lock()
	*started = append(*started, id)
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var started []int
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(i, &mu, &started)
		}()
	}
	wg.Wait()
	sum := 0
	for _, s := range started {
		sum += s
	}
	fmt.Println(len(started), sum)
	var wg2 sync.WaitGroup
	res := make([]int, 4)
	for i := range 4 {
		wg2.Go(func() { res[i] = i * 10 })
	}
	wg2.Wait()
	fmt.Println(res)
}
