package main

import (
	"fmt"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func sortPar(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var left, right []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); left = sortPar(xs[:mid], depth-1) }()
		go func() { defer wg.Done(); right = sortPar(xs[mid:], depth-1) }()
		wg.Wait()
	} else {
		left, right = sortPar(xs[:mid], 0), sortPar(xs[mid:], 0)
	}
	return merge(left, right)
}

func main() {
	xs := make([]int, 200)
	seed := uint32(12345)
	for i := range xs {
		seed = seed*1103515245 + 12345
		xs[i] = int(seed>>16) % 1000
	}
	s := sortPar(xs, 3)
	ok := true
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			ok = false
		}
	}
	fmt.Println("sorted:", ok, "len:", len(s))
	fmt.Println("first:", s[:8])
	fmt.Println("last:", s[len(s)-8:])
	fmt.Println(sortPar([]int{5, 2, 9, 1, 5, 6}, 2))
	fmt.Println(sortPar(nil, 2), len(sortPar([]int{}, 1)))
}
