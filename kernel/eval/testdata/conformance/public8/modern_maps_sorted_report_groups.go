package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Sale struct {
	Region string
	Rep    string
	Amount int
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SumBy[T any](xs []T, f func(T) int) (s int) {
	for _, x := range xs {
		s += f(x)
	}
	return
}

func main() {
	sales := []Sale{
		{"north", "ann", 120}, {"south", "bob", 80}, {"north", "cy", 45},
		{"east", "dee", 300}, {"south", "ann", 60}, {"north", "ann", 30},
	}
	byRegion := GroupBy(sales, func(s Sale) string { return s.Region })
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		ss := byRegion[r]
		total := SumBy(ss, func(s Sale) int { return s.Amount })
		byRep := GroupBy(ss, func(s Sale) string { return s.Rep })
		reps := slices.SortedFunc(maps.Keys(byRep), func(a, b string) int {
			return cmp.Or(-cmp.Compare(SumBy(byRep[a], func(s Sale) int { return s.Amount }), SumBy(byRep[b], func(s Sale) int { return s.Amount })), strings.Compare(a, b))
		})
		fmt.Printf("%-6s %4d %v\n", r, total, reps)
	}
	counts := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range byRegion {
			if !yield(strings.ToUpper(k), len(v)) {
				return
			}
		}
	})
	keys := slices.Collect(maps.Keys(counts))
	slices.Sort(keys)
	fmt.Println(keys, counts["NORTH"])
}
