package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	worker, in, out int
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{id, j, j * j * j}
			}
		}(w)
	}
	go func() {
		for i := 1; i <= 20; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].in < all[j].in })
	total := 0
	for _, r := range all {
		total += r.out
		fmt.Printf("%d^3=%d\n", r.in, r.out)
	}
	fmt.Println("count", len(all), "total", total)
}
