package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Window[T any](s []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(s); i++ {
			if !yield(s[i : i+n]) {
				return
			}
		}
	}
}

func Keys2[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func main() {
	words := strings.Fields("alpha beta gamma delta")
	upper := Map(slices.Values(words), strings.ToUpper)
	fmt.Println(slices.Collect(upper))
	for i, w := range Enumerate(Map(slices.Values(words), func(s string) int { return len(s) })) {
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	all := slices.Collect(Chain(slices.Values([]int{1, 2}), slices.Values([]int{}), slices.Values([]int{3})))
	fmt.Println(all)
	for w := range Window([]int{1, 2, 3, 4, 5}, 3) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	fmt.Println(slices.Sorted(Keys2(maps.All(m))))
	var fibs []int
	for f := range Fib() {
		if f > 100 {
			break
		}
		fibs = append(fibs, f)
	}
	fmt.Println(fibs)
	next, stop := iter.Pull(Fib())
	defer stop()
	var firsts []int
	for range 5 {
		v, ok := next()
		if !ok {
			break
		}
		firsts = append(firsts, v)
	}
	fmt.Println(firsts)
	lens := maps.Collect(Enumerate(slices.Values(words)))
	fmt.Println(len(lens), lens[2])
	sortedByLen := slices.SortedStableFunc(slices.Values(words), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(sortedByLen)
	idx := slices.Collect(Keys2(slices.All([]string{"p", "q", "r"})))
	fmt.Println(idx)
}
