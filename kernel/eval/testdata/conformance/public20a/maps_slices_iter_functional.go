package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Fib() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		a, b := 0, 1
		for i := 0; ; i++ {
			if !yield(i, a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(slices.Collect(Take(squares, 5)))
	for i, f := range Fib() {
		if i > 10 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Naturals(), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	stop()
	fmt.Println()
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(len(m2), maps.Equal(m, m2), m2)
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inv)
	s := []int{5, 2, 8, 1, 9, 3}
	s2 := slices.Clone(s)
	slices.Sort(s2)
	fmt.Println(s, s2, slices.Index(s, 8), slices.Contains(s, 7), slices.Max(s), slices.Min(s))
	fmt.Println(slices.Equal(s, s2))
	slices.Reverse(s2)
	fmt.Println(s2, slices.IndexFunc(s2, func(x int) bool { return x < 3 }))
	s3 := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(s3, slices.Delete(slices.Clone(s3), 1, 3), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, nil, []int{2, 3}))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	words := strings.Fields("banana Apple cherry apple Banana")
	slices.SortFunc(words, func(a, b string) int {
		if c := strings.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	fmt.Println(words)
	fmt.Println(slices.CompactFunc(words, strings.EqualFold))
	idx, found := slices.BinarySearchFunc([]string{"a", "c", "e"}, "d", strings.Compare)
	fmt.Println(idx, found)
	grown := slices.Grow([]int{1}, 10)
	fmt.Println(len(grown), cap(grown) >= 11, slices.Clip(grown[:1:5]))
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	sortedPairs := slices.SortedFunc(maps.Keys(m), func(a, b string) int { return m[a] - m[b] })
	fmt.Println(sortedPairs)
	fmt.Println(slices.ContainsFunc(s, func(x int) bool { return x > 8 }), slices.EqualFunc([]int{1}, []string{"1"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	all := slices.All([]string{"x", "y"})
	for i, v := range all {
		fmt.Print(i, v)
	}
	fmt.Println(slices.Collect(slices.Values([]int{3, 4})))
}
