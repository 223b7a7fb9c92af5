package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
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
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := nb()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(Naturals(), func(i int) bool { return i%2 == 0 })
	sq := Map(evens, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(slices.Collect(Take(sq, 5)))
	for i, s := range Zip(Naturals(), slices.Values([]string{"a", "b", "c"})) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, strings.Join(slices.Collect(Map(slices.Values(keys), strings.ToUpper)), ""))
	total := 0
	for v := range maps.Values(m) {
		total += v
	}
	fmt.Println(total)
	for i, w := range strings.Fields("go is fun") {
		if i == 2 {
			break
		}
		fmt.Print(w, ".")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, len(chunks))
	for k, v := range slices.Backward([]string{"p", "q"}) {
		fmt.Print(k, v)
	}
	fmt.Println()
}
