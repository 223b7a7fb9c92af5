package main

import (
	"fmt"
	"strings"
	"sync"
)

func Source[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func ParallelMap[T, U any](in <-chan T, workers int, f func(T) U) []U {
	type idx struct {
		i int
		v T
	}
	type res struct {
		i int
		u U
	}
	jobs := make(chan idx)
	results := make(chan res)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- res{j.i, f(j.v)}
			}
		}()
	}
	go func() {
		i := 0
		for v := range in {
			jobs <- idx{i, v}
			i++
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	var out []U
	got := map[int]U{}
	for r := range results {
		got[r.i] = r.u
	}
	for i := 0; i < len(got); i++ {
		out = append(out, got[i])
	}
	return out
}

type Word struct {
	Text string
	Len  int
}

func main() {
	up := Stage(Source("go", "is", "neat"), strings.ToUpper)
	lens := Stage(up, func(s string) Word { return Word{s, len(s)} })
	for w := range lens {
		fmt.Printf("%+v\n", w)
	}
	sq := ParallelMap(Source(1, 2, 3, 4, 5, 6, 7), 3, func(n int) int { return n * n })
	fmt.Println(sq)
	ws := ParallelMap(Source("a", "bb"), 2, func(s string) Word { return Word{s, len(s)} })
	fmt.Printf("%v %T\n", ws, ws)
}
