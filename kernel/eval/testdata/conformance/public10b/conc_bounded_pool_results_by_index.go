package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	idx  int
	text string
}

func process(s string) string {
	var b strings.Builder
	for i := len(s) - 1; i >= 0; i-- {
		b.WriteByte(s[i])
	}
	return strings.ToUpper(b.String())
}

func main() {
	inputs := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}
	results := make([]string, len(inputs))
	jobs := make(chan job)
	const workers = 3
	var wg sync.WaitGroup
	var mu sync.Mutex
	handled := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results[j.idx] = process(j.text)
				mu.Lock()
				handled++
				mu.Unlock()
			}
		}()
	}
	for i, s := range inputs {
		jobs <- job{i, s}
	}
	close(jobs)
	wg.Wait()
	for i, r := range results {
		fmt.Printf("%d %-8s -> %s\n", i, inputs[i], r)
	}
	fmt.Println("handled", handled)
}
