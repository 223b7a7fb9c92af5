package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Combinations[T any](xs []T, k int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		idx := make([]int, k)
		for i := range idx {
			idx[i] = i
		}
		if k > len(xs) {
			return
		}
		for {
			c := make([]T, k)
			for i, j := range idx {
				c[i] = xs[j]
			}
			if !yield(c) {
				return
			}
			i := k - 1
			for i >= 0 && idx[i] == len(xs)-k+i {
				i--
			}
			if i < 0 {
				return
			}
			idx[i]++
			for j := i + 1; j < k; j++ {
				idx[j] = idx[j-1] + 1
			}
		}
	}
}

// next lexicographic permutation in place
func nextPerm[T interface{ ~int | ~byte | ~string }](a []T) bool {
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

func PowerSet[T any](xs []T) iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		for m := 0; m < 1<<len(xs); m++ {
			var s []T
			for i := range xs {
				if m>>i&1 == 1 {
					s = append(s, xs[i])
				}
			}
			if !yield(m, s) {
				return
			}
		}
	}
}

func main() {
	for c := range Combinations([]string{"a", "b", "c", "d"}, 2) {
		fmt.Print(strings.Join(c, ""), " ")
	}
	fmt.Println()
	n := 0
	for range Combinations(make([]int, 10), 4) {
		n++
	}
	fmt.Println(n)
	for c := range Combinations([]int{1, 2, 3, 4, 5}, 3) {
		if c[0] == 2 {
			fmt.Println("first with 2:", c)
			break
		}
	}
	p := []byte("abc")
	for {
		fmt.Print(string(p), " ")
		if !nextPerm(p) {
			break
		}
	}
	fmt.Println()
	q := []int{1, 1, 2}
	cnt := 1
	for nextPerm(q) {
		cnt++
	}
	fmt.Println(cnt, q)
	for m, s := range PowerSet([]rune("xyz")) {
		fmt.Printf("%03b:%s ", m, string(s))
	}
	fmt.Println()
}
