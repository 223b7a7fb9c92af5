package main

import (
	"fmt"
	"sort"
	"sync"
)

func ParallelMap[T, R any](in []T, workers int, f func(T) R) []R {
	out := make([]R, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Gen[T any](xs ...T) <-chan T {
	c := make(chan T, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

type Result[T any] struct {
	Val T
	Err error
}

func main() {
	sq := ParallelMap([]int{1, 2, 3, 4, 5}, 3, func(i int) int { return i * i })
	fmt.Println(sq)
	strs := ParallelMap([]float64{1.5, 2.25}, 2, func(f float64) string { return fmt.Sprintf("%.1f", f) })
	fmt.Println(strs)
	var got []string
	for v := range Merge(Gen("a", "b"), Gen("c"), Gen[string]()) {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(got)
	rs := make(chan Result[int], 2)
	rs <- Result[int]{Val: 1}
	rs <- Result[int]{Err: fmt.Errorf("bad %d", 2)}
	close(rs)
	for r := range rs {
		fmt.Printf("%+v\n", r)
	}
}
