package main

import (
	"fmt"
	"strings"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	idx := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func ParallelSum[T Number](xs []T, parts int) T {
	sums := make([]T, parts)
	var wg sync.WaitGroup
	size := (len(xs) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo := p * size
		if lo >= len(xs) {
			break
		}
		hi := min(lo+size, len(xs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, x := range xs[lo:hi] {
				sums[p] += x
			}
		}()
	}
	wg.Wait()
	var total T
	for _, s := range sums {
		total += s
	}
	return total
}

type Cents int64

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	lens := ParallelMap(words, 3, func(s string) int { return len(s) })
	fmt.Println(lens)
	ups := ParallelMap(words, 2, strings.ToUpper)
	fmt.Println(strings.Join(ups, "-"))
	fmt.Println(ParallelSum(lens, 4))
	fs := []float64{0.5, 0.25, 0.125, 1, 2}
	fmt.Println(ParallelSum(fs, 2))
	prices := []Cents{199, 250, 1000, 5}
	total := ParallelSum(prices, 3)
	fmt.Printf("%d %T\n", total, total)
	fmt.Println(ParallelSum([]int{}, 3), len(ParallelMap([]int(nil), 2, func(i int) int { return i })))
}
