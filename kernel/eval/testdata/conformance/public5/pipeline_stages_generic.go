package main

import (
	"fmt"
	"strings"
	"sync"
)

func Source[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func Stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func FilterStage[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func ParallelOrdered[In, Out any](in <-chan In, workers int, f func(In) Out) []Out {
	type job struct {
		idx int
		v   In
	}
	type res struct {
		idx int
		v   Out
	}
	jobs := make(chan job)
	results := make(chan res)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- res{j.idx, f(j.v)}
			}
		}()
	}
	go func() {
		i := 0
		for v := range in {
			jobs <- job{i, v}
			i++
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []Out
	for r := range results {
		for len(out) <= r.idx {
			var zero Out
			out = append(out, zero)
		}
		out[r.idx] = r.v
	}
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func main() {
	words := Source("go", "channels", "are", "typed", "conduits", "x")
	long := FilterStage(words, func(s string) bool { return len(s) > 2 })
	upper := Stage(long, strings.ToUpper)
	lens := Stage(upper, func(s string) string { return fmt.Sprintf("%s:%d", s, len(s)) })
	fmt.Println(Collect(lens))
	nums := make([]int, 20)
	for i := range nums {
		nums[i] = i + 1
	}
	sq := ParallelOrdered(Source(nums...), 4, func(n int) int { return n * n })
	fmt.Println(sq)
	sum := 0
	for v := range Stage(Source(sq...), func(n int) int { return n % 7 }) {
		sum += v
	}
	fmt.Println(sum)
	fmt.Println(len(Collect(Source[int]())))
}
