package main

import (
	"fmt"
	"strings"
)

func permutations(a []int) [][]int {
	var res [][]int
	var rec func(k int)
	rec = func(k int) {
		if k == len(a) {
			res = append(res, append([]int(nil), a...))
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			rec(k + 1)
			a[k], a[i] = a[i], a[k]
		}
	}
	rec(0)
	return res
}

func powerset[T any](s []T) [][]T {
	out := [][]T{{}}
	for _, x := range s {
		n := len(out)
		for i := 0; i < n; i++ {
			sub := append(append([]T{}, out[i]...), x)
			out = append(out, sub)
		}
	}
	return out
}

func combinations(n, k int) [][]int {
	var res [][]int
	cur := []int{}
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			res = append(res, append([]int{}, cur...))
			return
		}
		for i := start; i <= n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
	return res
}

func strPerms(s string) []string {
	if len(s) <= 1 {
		return []string{s}
	}
	var out []string
	for i, c := range s {
		for _, p := range strPerms(s[:i] + s[i+1:]) {
			out = append(out, string(c)+p)
		}
	}
	return out
}

func main() {
	p := permutations([]int{1, 2, 3})
	fmt.Println(len(p), p)
	fmt.Println(powerset([]string{"a", "b", "c"}))
	fmt.Println(combinations(4, 2))
	fmt.Println(strings.Join(strPerms("abc"), ","))
}
