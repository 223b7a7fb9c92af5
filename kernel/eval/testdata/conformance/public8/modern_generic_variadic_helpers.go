package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + Sum(xs[1:]...)
}

func Apply[T any](fs ...func(T) T) func(T) T {
	return func(v T) T {
		for _, f := range fs {
			v = f(v)
		}
		return v
	}
}

func Keys[M ~map[K]V, K comparable, V any](ms ...M) []K {
	var out []K
	for _, m := range ms {
		out = slices.AppendSeq(out, maps.Keys(m))
	}
	return out
}

func Uniq[T comparable](xs ...T) []T {
	seen := map[T]bool{}
	return slices.DeleteFunc(xs, func(x T) bool {
		if seen[x] {
			return true
		}
		seen[x] = true
		return false
	})
}

type Meters float64

func main() {
	fmt.Println(Sum(1, 2, 3, 4), Sum[Meters](1.5, 2), Sum[int]())
	up := Apply(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(up("  hi "))
	ks := Keys(map[string]int{"a": 1}, map[string]int{"b": 2, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Uniq(3, 1, 3, 2, 1), Uniq("x", "x"))
	in := []int{5, 5, 6}
	fmt.Println(Uniq(in...), in)
	fmt.Println(slices.Max([]Meters{1, 3}), slices.Concat([]int{1}, []int{2}))
}
