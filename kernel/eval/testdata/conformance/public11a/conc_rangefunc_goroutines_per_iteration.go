package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"
)

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	out := map[int]string{}
	for i, s := range Enumerate([]string{"a", "b", "c", "d"}) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			out[i] = s + s
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, k := range slices.Sorted(maps.Keys(out)) {
		fmt.Print(k, ":", out[k], " ")
	}
	fmt.Println()
	var fs []func() string
	for i, s := range Enumerate([]string{"x", "y"}) {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	total := 0
	for _, n := range Enumerate([]int{5, 6, 7, 8}) {
		if n == 7 {
			break
		}
		total += n
	}
	fmt.Println(total)
}
