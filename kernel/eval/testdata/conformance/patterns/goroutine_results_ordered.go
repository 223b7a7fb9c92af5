package main

import (
	"fmt"
	"strings"
	"sync"
)

type result struct {
	idx int
	out string
	err error
}

func process(s string) (string, error) {
	if s == "" {
		return "", fmt.Errorf("empty input")
	}
	return strings.ToUpper(s), nil
}

func main() {
	inputs := []string{"alpha", "", "gamma", "delta", "eps"}
	results := make([]result, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := process(in)
			results[i] = result{i, out, err}
		}()
	}
	wg.Wait()
	for _, r := range results {
		if r.err != nil {
			fmt.Printf("%d: error: %v\n", r.idx, r.err)
			continue
		}
		fmt.Printf("%d: %s\n", r.idx, r.out)
	}
	ch := make(chan result)
	for i, in := range inputs {
		go func(i int, in string) {
			out, err := process(in)
			ch <- result{i, out, err}
		}(i, in)
	}
	ordered := make([]string, len(inputs))
	for range inputs {
		r := <-ch
		ordered[r.idx] = r.out
	}
	fmt.Printf("%q\n", ordered)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(maxActive <= 2, active)
}
