package main

import (
	"fmt"
	"strings"
)

func heapPerm(a []string, k int, out *[]string) {
	if k == 1 {
		*out = append(*out, strings.Join(a, ""))
		return
	}
	heapPerm(a, k-1, out)
	for i := 0; i < k-1; i++ {
		if k%2 == 0 {
			a[i], a[k-1] = a[k-1], a[i]
		} else {
			a[0], a[k-1] = a[k-1], a[0]
		}
		heapPerm(a, k-1, out)
	}
}

func combinations(n, k int) [][]int {
	var res [][]int
	var rec func(start int, cur []int)
	rec = func(start int, cur []int) {
		if len(cur) == k {
			res = append(res, append([]int(nil), cur...))
			return
		}
		for i := start; i < n; i++ {
			rec(i+1, append(cur, i))
		}
	}
	rec(0, nil)
	return res
}

func powerSet[T any](s []T) [][]T {
	out := [][]T{{}}
	for _, e := range s {
		n := len(out)
		for i := 0; i < n; i++ {
			next := append(append([]T(nil), out[i]...), e)
			out = append(out, next)
		}
	}
	return out
}

func main() {
	var out []string
	heapPerm([]string{"a", "b", "c"}, 3, &out)
	fmt.Println(out)
	fmt.Println(combinations(5, 3))
	fmt.Println(powerSet([]int{1, 2, 3}))
	fmt.Println(len(powerSet([]string{"w", "x", "y", "z"})))
}
