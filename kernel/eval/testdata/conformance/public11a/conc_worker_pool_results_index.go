package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	idx  int
	word string
}

type result struct {
	idx int
	out string
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.idx, strings.ToUpper(j.word) + strings.Repeat("!", j.idx%3)}
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	jobs := make(chan job)
	results := make(chan result, len(words))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs)
	}()
	wg.Wait()
	close(results)
	out := make([]string, len(words))
	for r := range results {
		out[r.idx] = r.out
	}
	for i, s := range out {
		fmt.Printf("%d:%s\n", i, s)
	}
}
