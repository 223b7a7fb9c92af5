package main

import (
	"fmt"
	"strings"
	"sync"
)

func ParallelMap[T, R any](in []T, workers int, f func(T) R) []R {
	out := make([]R, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range workers {
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

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v,%v>", p.First, p.Second) }

func main() {
	words := strings.Fields("go is a fun language for concurrent programs")
	lens := ParallelMap(words, 3, func(s string) int { return len(s) })
	fmt.Println(lens)
	pairs := ParallelMap(words, 2, func(s string) Pair[string, bool] {
		return Pair[string, bool]{strings.ToUpper(s[:1]) + s[1:], len(s)%2 == 0}
	})
	fmt.Println(pairs)
	squares := ParallelMap([]float64{1.5, 2, 2.5}, 8, func(x float64) float64 { return x * x })
	fmt.Println(squares)
	nested := ParallelMap([][]int{{1, 2}, {3}, {}}, 2, func(xs []int) Pair[int, []int] {
		s := 0
		for _, x := range xs {
			s += x
		}
		return Pair[int, []int]{s, xs}
	})
	fmt.Printf("%v %d\n", nested, len(nested))
}
