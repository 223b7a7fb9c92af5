package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Pairs[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	m := map[string]int{"c": 3, "a": 1, "b": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, s := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i, x := range Pairs([]string{"p", "q", "r"}) {
		if i == 2 {
			break
		}
		fmt.Println("pair", i, x)
	}
	fmt.Println(slices.Collect(Countdown(4)))
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	for w := range strings.FieldsSeq(" one  two ") {
		fmt.Print("[", w, "]")
	}
	fmt.Println()
	next, stop := iter.Pull(Countdown(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	m2 := maps.Collect(Pairs([]string{"z", "w"}))
	fmt.Println(m2)
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
}
