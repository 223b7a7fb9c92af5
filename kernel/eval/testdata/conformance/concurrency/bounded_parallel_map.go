package main

import (
	"fmt"
	"strings"
	"sync"
)

func parallelMap[T, R any](in []T, limit int, f func(T) R) []R {
	out := make([]R, len(in))
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i, v := range in {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = f(v)
		}()
	}
	wg.Wait()
	return out
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	fmt.Println(parallelMap(words, 2, strings.ToUpper))
	fmt.Println(parallelMap([]int{1, 2, 3, 4}, 3, func(n int) float64 { return float64(n) / 2 }))
}
