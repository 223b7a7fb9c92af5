package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id int
	n  int
}
type result struct {
	id     int
	square int
	worker int
}

func worker(w int, jobs <-chan job, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out <- result{j.id, j.n * j.n, w}
	}
}

func main() {
	jobs := make(chan job, 10)
	out := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, out, &wg)
	}
	for i := 1; i <= 9; i++ {
		jobs <- job{i, i + 10}
	}
	close(jobs)
	go func() { wg.Wait(); close(out) }()
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	sum := 0
	for _, r := range rs {
		fmt.Printf("job %d -> %d\n", r.id, r.square)
		sum += r.square
	}
	fmt.Println("total", sum, len(rs))
	var mu sync.Mutex
	counts := map[int]int{}
	var wg2 sync.WaitGroup
	for i := range 100 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			counts[i%4]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(counts)
}
