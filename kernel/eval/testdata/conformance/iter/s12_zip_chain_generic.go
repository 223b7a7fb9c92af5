package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nb, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nb()
			if !ok || !yield(Pair[A, B]{a, b}) {
				return
			}
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

func Count(from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := from; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Word string

func main() {
	words := slices.Values([]Word{"go", "rust", "zig"})
	for p := range Zip(Count(1), words) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	pairs := slices.Collect(Zip(slices.Values([]string{"a", "b", "c"}), Count(10)))
	fmt.Println(pairs, len(pairs))
	all := slices.Collect(Chain(slices.Values([]Word{"x"}), words, maps.Keys(map[Word]int{"only": 1})))
	fmt.Println(all)
	for w := range Chain(words, words) {
		if strings.HasPrefix(string(w), "z") {
			fmt.Println("first z:", w)
			break
		}
	}
	m := map[string]int{}
	for p := range Zip(slices.Values(strings.Fields("one two three")), Count(1)) {
		m[p.First] = p.Second
	}
	fmt.Println(m)
}
