package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"banana": 3, "apple": 5, "cherry": 1}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	for v := range slices.Values([]int{7, 8}) {
		fmt.Println(v)
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	m2 := maps.Collect(slices.All([]string{"a", "b"}))
	fmt.Println(m2)
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{})) == nil)
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
	fmt.Println(slices.Index(keys, "banana"), slices.Contains(keys, "kiwi"), slices.Max(vals), slices.Min(vals))
	words := strings.Fields("b a c a")
	slices.Sort(words)
	fmt.Println(slices.Compact(words))
	fmt.Println(slices.Insert([]int{1, 4}, 1, 2, 3), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
	for line := range strings.Lines("one\ntwo\n") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for f := range strings.FieldsSeq(" p  q ") {
		fmt.Print(f)
	}
	fmt.Println()
	sortedByLen := slices.SortedFunc(slices.Values([]string{"ccc", "a", "bb"}), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(sortedByLen)
	fmt.Println(slices.Repeat([]int{1, 2}, 2), min(3, 1, 2), max(2.5, 1))
}
