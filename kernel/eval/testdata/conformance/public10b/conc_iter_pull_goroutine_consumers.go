package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"
)

func Chunks(xs []int, n int) iter.Seq2[int, []int] {
	return func(yield func(int, []int) bool) {
		for i := 0; i*n < len(xs); i++ {
			end := min((i+1)*n, len(xs))
			if !yield(i, xs[i*n:end]) {
				return
			}
		}
	}
}

func main() {
	xs := make([]int, 23)
	for i := range xs {
		xs[i] = i * 3 % 17
	}
	sums := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i, chunk := range Chunks(xs, 5) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for _, v := range chunk {
				s += v
			}
			mu.Lock()
			sums[i] = s
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, k := range slices.Sorted(maps.Keys(sums)) {
		fmt.Println("chunk", k, "sum", sums[k])
	}
	next, stop := iter.Pull2(Chunks(xs, 10))
	defer stop()
	for {
		i, c, ok := next()
		if !ok {
			break
		}
		fmt.Println(i, len(c), slices.Max(c))
	}
	pn, pstop := iter.Pull(slices.Values([]string{"a", "b", "c"}))
	v1, _ := pn()
	pstop()
	v2, ok2 := pn()
	fmt.Printf("%q %q %v\n", v1, v2, ok2)
}
