package main

import (
	"cmp"
	"fmt"
	"slices"
)

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func Clamp[T cmp.Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

type Version struct{ Major, Minor int }

func CompareVersion(a, b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor))
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple"), MaxOf(1.5))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	vs := []Version{{1, 10}, {1, 2}, {0, 9}, {2, 0}}
	slices.SortFunc(vs, CompareVersion)
	fmt.Println(vs)
	fmt.Println(SortedKeys(map[float64]bool{2.5: true, -1: false, 0: true}))
	fmt.Println(cmp.Less(1, 2), cmp.Compare("b", "a"), cmp.Or("", "default"))
}
