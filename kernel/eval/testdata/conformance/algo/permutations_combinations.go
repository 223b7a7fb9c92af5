package main

import (
	"fmt"
	"iter"
	"slices"
)

func Permutations[T any](xs []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		a := slices.Clone(xs)
		var rec func(k int) bool
		rec = func(k int) bool {
			if k == len(a) {
				return yield(slices.Clone(a))
			}
			for i := k; i < len(a); i++ {
				a[k], a[i] = a[i], a[k]
				if !rec(k + 1) {
					return false
				}
				a[k], a[i] = a[i], a[k]
			}
			return true
		}
		rec(0)
	}
}

func Combinations(n, k int) [][]int {
	var res [][]int
	var cur []int
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			res = append(res, slices.Clone(cur))
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

func nextPermutation(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	slices.Reverse(a[i+1:])
	return true
}

func PowerSet[T any](xs []T) [][]T {
	var out [][]T
	for mask := range 1 << len(xs) {
		var sub []T
		for i, x := range xs {
			if mask&(1<<i) != 0 {
				sub = append(sub, x)
			}
		}
		out = append(out, sub)
	}
	return out
}

func main() {
	for p := range Permutations([]string{"a", "b", "c"}) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	n := 0
	for p := range Permutations([]int{1, 2, 3, 4, 5}) {
		n++
		if p[0] == 5 {
			break
		}
	}
	fmt.Println("until first 5-leading:", n)
	fmt.Println(Combinations(5, 3))
	a := []int{1, 2, 2, 3}
	count := 1
	for nextPermutation(a) {
		count++
	}
	fmt.Println("distinct perms:", count, a)
	fmt.Println(PowerSet([]rune("xyz")))
	fmt.Println(len(PowerSet(make([]int, 10))))
}
