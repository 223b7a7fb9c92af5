package main

import (
	"fmt"
	"strings"
	"sync"
)

type stage func(<-chan string) <-chan string

func mapStage(f func(string) string) stage {
	return func(in <-chan string) <-chan string {
		out := make(chan string)
		go func() {
			defer close(out)
			for s := range in {
				out <- f(s)
			}
		}()
		return out
	}
}

func filterStage(keep func(string) bool) stage {
	return func(in <-chan string) <-chan string {
		out := make(chan string)
		go func() {
			defer close(out)
			for s := range in {
				if keep(s) {
					out <- s
				}
			}
		}()
		return out
	}
}

func pipeline(src <-chan string, stages ...stage) <-chan string {
	for _, s := range stages {
		src = s(src)
	}
	return src
}

func source(items ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func parallelMap(in []int, limit int, f func(int) int) []int {
	out := make([]int, len(in))
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i, v := range in {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i] = f(v)
		}()
	}
	wg.Wait()
	return out
}

func main() {
	out := pipeline(source("go", "is", "a", "fun", "language", "x"),
		filterStage(func(s string) bool { return len(s) > 1 }),
		mapStage(strings.ToUpper),
		mapStage(func(s string) string { return s + "!" }),
	)
	var all []string
	for s := range out {
		all = append(all, s)
	}
	fmt.Println(all)
	fmt.Println(parallelMap([]int{1, 2, 3, 4, 5, 6, 7}, 3, func(x int) int { return x * x * x }))
	gen := func(n int) <-chan int {
		c := make(chan int)
		go func() {
			for i := range n {
				c <- i
			}
			close(c)
		}()
		return c
	}
	sum := 0
	for v := range gen(101) {
		sum += v
	}
	fmt.Println(sum)
}
