package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	ps := []P{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	i, ok := slices.BinarySearchFunc(ps, 30, func(p P, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, ok)
	i, ok = slices.BinarySearchFunc(ps, 35, func(p P, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, ok)
	c := slices.CompactFunc(slices.Clone(ps), func(a, b P) bool { return a.Age == b.Age })
	fmt.Println(c)
	words := []string{"A", "a", "b", "B", "b", "c"}
	fmt.Println(slices.CompactFunc(words, strings.EqualFold), words)
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(ch, cap(ch), " ")
	}
	fmt.Println()
	fmt.Println(slices.Repeat([]string{"x", "y"}, 3), len(slices.Repeat([]int{}, 100)))
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(slices.Insert(s[:2:2], 1, 9, 8), slices.Delete(slices.Clone(s), 1, 3), slices.Replace(slices.Clone(s), 1, 2, 7, 7, 7))
	d := slices.Clone(s)
	d2 := slices.Delete(d, 0, 2)
	fmt.Println(d2, d)
	try("insert out of range", func() { slices.Insert(s, 9, 1) })
	try("delete bad", func() { slices.Delete(s, 3, 2) })
	try("delete oob", func() { slices.Delete(s, 2, 9) })
	try("replace bad", func() { slices.Replace(s, 4, 9) })
	try("chunk 0", func() {
		for range slices.Chunk(s, 0) {
		}
	})
	try("repeat neg", func() { slices.Repeat(s, -1) })
	try("grow neg", func() { slices.Grow(s, -1) })
	fmt.Println(slices.Index(s, 4), slices.IndexFunc(s, func(v int) bool { return v > 3 }), slices.Contains(s, 9), slices.ContainsFunc(ps, func(p P) bool { return p.Name == "cy" }))
	fmt.Println(slices.Max(s), slices.MinFunc(ps, func(a, b P) int { return strings.Compare(a.Name, b.Name) }), slices.MaxFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) }))
	try("min empty", func() { slices.Min([]int{}) })
	fmt.Println(slices.Equal(s, []int{1, 2, 3, 4, 5}), slices.EqualFunc(s, []string{"1"}, func(a int, b string) bool { return true }), slices.Compare([]int{1, 2}, []int{1, 3}), slices.CompareFunc([]int{1}, []int{1, 0}, cmp.Compare[int]))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, slices.IsSorted(r), slices.IsSortedFunc(r, func(a, b int) int { return b - a }))
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.SortedFunc(maps.Values(m), func(a, b int) int { return b - a })
	fmt.Println(keys, vals)
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2, maps.Equal(m, m2), maps.EqualFunc(m, m, func(a, b int) bool { return a == b }))
	maps.Copy(m2, map[string]int{"z": 26})
	fmt.Println(len(m2), slices.Collect(maps.Keys(map[int]bool{7: true})))
	col := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(col)
	ins := maps.Collect(maps.All(m))
	maps.Insert(ins, maps.All(map[string]int{"q": 9}))
	fmt.Println(len(ins))
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})), len(slices.Collect(maps.Values(maps.Collect(slices.Backward([]int{1, 2, 3}))))))
	sorted := slices.SortedStableFunc(slices.Values(ps), func(a, b P) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(sorted[0], slices.Concat([]int{1}, nil, []int{2, 3}), cap(slices.Clip(make([]int, 2, 10))))
}
