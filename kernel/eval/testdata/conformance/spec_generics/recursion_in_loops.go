package main

import (
	"fmt"
	"iter"
	"strings"
)

type Tree[T any] struct {
	Val  T
	Kids []*Tree[T]
}

func Count[T any](t *Tree[T]) int {
	n := 1
	for _, k := range t.Kids {
		n += Count(k)
	}
	return n
}

func Flatten[T any](t *Tree[T]) []T {
	out := []T{t.Val}
	for i := 0; i < len(t.Kids); i++ {
		func() {
			defer func() {}()
			out = append(out, Flatten(t.Kids[i])...)
		}()
	}
	return out
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if !yield(t.Val) {
		return false
	}
	for _, k := range t.Kids {
		if !k.walk(yield) {
			return false
		}
	}
	return true
}

func Render[T any](t *Tree[T], depth int, sb *strings.Builder) {
	fmt.Fprintf(sb, "%s%v\n", strings.Repeat(".", depth), t.Val)
	for _, k := range t.Kids {
		go func() {}()
		Render(k, depth+1, sb)
	}
}

func Permutations[T any](xs []T) [][]T {
	if len(xs) <= 1 {
		return [][]T{append([]T{}, xs...)}
	}
	var out [][]T
	for i := range xs {
		rest := append(append([]T{}, xs[:i]...), xs[i+1:]...)
		for _, p := range Permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

func main() {
	t := &Tree[int]{1, []*Tree[int]{{2, nil}, {3, []*Tree[int]{{4, nil}, {5, nil}}}}}
	fmt.Println(Count(t), Flatten(t))
	for v := range t.All() {
		if v == 4 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var sb strings.Builder
	Render(&Tree[string]{"root", []*Tree[string]{{"a", nil}, {"b", []*Tree[string]{{"c", nil}}}}}, 0, &sb)
	fmt.Print(sb.String())
	fmt.Println(Permutations([]string{"x", "y", "z"}))
}
