package main

import (
	"fmt"
	"slices"
)

type Vec[T any] []T

func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := slices.Clone(v)
	for i := range out {
		out[i] = f(out[i])
	}
	return out
}

func (v Vec[T]) Reversed() Vec[T] {
	out := slices.Clone(v)
	slices.Reverse(out)
	return out
}

func (v Vec[T]) Chunks(n int) []Vec[T] {
	var out []Vec[T]
	for c := range slices.Chunk(v, n) {
		out = append(out, c)
	}
	return out
}

func main() {
	v := Vec[int]{3, 1, 2}
	fmt.Println(v.Map(func(x int) int { return x * 10 }), v.Reversed(), v)
	slices.Sort(v)
	fmt.Println(v, slices.Contains(v, 2), slices.Index(v, 3))
	fmt.Println(Vec[string]{"a", "b", "c", "d", "e"}.Chunks(2))
	w := slices.Insert(v, 1, 9, 8)
	fmt.Printf("%v %T\n", w, w)
	fmt.Println(slices.Equal(v, Vec[int]{1, 2, 3}), slices.Max(v), slices.Compact(Vec[int]{1, 1, 2}))
}
