package main

import "fmt"

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
	if depth <= 0 {
		return merge(sortPar(xs[:mid], 0), sortPar(xs[mid:], 0))
	}
	lc := make(chan []int)
	go func() { lc <- sortPar(xs[:mid], depth-1) }()
	right := sortPar(xs[mid:], depth-1)
	return merge(<-lc, right)
}

func main() {
	xs := make([]int, 200)
	seed := uint32(12345)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed>>16) % 1000
	}
	s := sortPar(xs, 3)
	ok := true
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			ok = false
		}
	}
	fmt.Println(ok, len(s), s[:8], s[len(s)-5:])
	fmt.Println(sortPar([]int{5, 1, 4, 2, 3}, 10))
}
