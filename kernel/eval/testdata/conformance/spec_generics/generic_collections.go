package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func main() {
	byName := map[string]Pair[int, string]{
		"b": {2, "two"},
		"a": {1, "one"},
	}
	byName["c"] = Pair[int, string]{3, "three"}
	for _, e := range Entries(byName, func(a, b string) bool { return a < b }) {
		fmt.Println(e.Key, e.Val.Key, e.Val.Val)
	}
	boxes := []Box[float64]{{1.5}, {2.5}}
	boxes = append(boxes, Box[float64]{V: 3})
	sum := 0.0
	for _, b := range boxes {
		sum += b.Get()
	}
	fmt.Println(sum, len(boxes))
	nested := map[Box[string]][]Box[int]{}
	nested[Box[string]{"x"}] = append(nested[Box[string]{"x"}], Box[int]{7}, Box[int]{8})
	fmt.Println(nested[Box[string]{"x"}], len(nested[Box[string]{"y"}]))
	ptrs := []*Box[int]{{1}, {2}}
	for _, p := range ptrs {
		p.V *= 10
	}
	fmt.Println(ptrs[0].V, ptrs[1].Get())
	grid := [2][2]Box[rune]{{{'a'}, {'b'}}, {{'c'}, {'d'}}}
	fmt.Println(string(grid[1][0].V), grid[0][1].Get())
}
