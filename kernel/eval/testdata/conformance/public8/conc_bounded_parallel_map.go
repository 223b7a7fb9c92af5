package main

import (
	"fmt"
	"strings"
	"sync"
)

func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(in)) {
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

type Doc struct {
	Title string
	Body  string
}

func main() {
	squares := ParallelMap([]int{1, 2, 3, 4, 5, 6, 7}, 3, func(n int) int { return n * n })
	fmt.Println(squares)
	docs := []Doc{{"a", "one two three"}, {"b", "four"}, {"c", ""}, {"d", "x y"}}
	counts := ParallelMap(docs, 8, func(d Doc) string {
		return fmt.Sprintf("%s:%d", d.Title, len(strings.Fields(d.Body)))
	})
	fmt.Println(counts)
	fmt.Println(len(ParallelMap([]string{}, 4, strings.ToUpper)))
	nested := ParallelMap([][]int{{1, 2}, {3}, {}}, 2, func(xs []int) []int {
		ys := make([]int, len(xs))
		for i, x := range xs {
			ys[i] = -x
		}
		return ys
	})
	fmt.Println(nested)
}
