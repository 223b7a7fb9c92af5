package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func FilterKV[K comparable, V any](seq iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func Swap[K, V comparable](seq iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range seq {
			if !yield(v, k) {
				return
			}
		}
	}
}

func SortedByKey[K interface{ ~string | ~int }, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "kiwi": 12, "plum": 0, "fig": 3}
	for k, v := range FilterKV(SortedByKey(stock), func(_ string, v int) bool { return v > 0 }) {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	inverted := maps.Collect(Swap(maps.All(map[string]string{"a": "x", "b": "y"})))
	fmt.Println(inverted)
	idx := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(idx, len(idx))
	var parts []string
	for i, s := range slices.Backward([]string{"a", "b", "c"}) {
		parts = append(parts, fmt.Sprint(i, s))
	}
	fmt.Println(strings.Join(parts, ","))
	m2 := map[int]string{}
	maps.Insert(m2, slices.All([]string{"p", "q"}))
	fmt.Println(m2)
	first := ""
	for k := range SortedByKey(stock) {
		first = k
		break
	}
	fmt.Println(first, slices.Collect(maps.Values(map[int]int{1: 10})))
	sorted := slices.SortedFunc(maps.Keys(stock), func(a, b string) int { return stock[b] - stock[a] })
	fmt.Println(sorted[:2])
}
