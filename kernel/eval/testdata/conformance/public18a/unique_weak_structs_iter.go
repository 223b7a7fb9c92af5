package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"structs"
	"unique"
	"unsafe"
)

type Point struct {
	_    structs.HostLayout
	X, Y int32
}

type Key struct {
	Kind string
	ID   int
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
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
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func main() {
	h1 := unique.Make("hello")
	h2 := unique.Make("hel" + "lo")
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value(), h3.Value())
	k1 := unique.Make(Key{"user", 1})
	k2 := unique.Make(Key{"user", 1})
	fmt.Println(k1 == k2, k1.Value().ID)
	set := map[unique.Handle[Key]]int{k1: 1}
	set[k2]++
	fmt.Println(len(set), set[unique.Make(Key{"user", 1})])
	p := Point{X: 1, Y: 2}
	fmt.Println(p.X, p.Y, unsafe.Sizeof(p))
	sq := Map(Filter(Naturals(), func(i int) bool { return i%3 == 0 }), func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(slices.Collect(Take(sq, 5)))
	for a, b := range Zip(slices.Values([]string{"x", "y", "z"}), Take(Naturals(), 2)) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	m := maps.Collect(Zip(slices.Values([]string{"k1", "k2"}), Naturals()))
	fmt.Println(m)
	idx := slices.IndexFunc(slices.Collect(Take(Naturals(), 10)), func(i int) bool { return i*i > 20 })
	fmt.Println(idx)
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v)
	}
	fmt.Println()
	sorted := slices.Sorted(maps.Values(map[string]int{"a": 3, "b": 1, "c": 2}))
	fmt.Println(sorted, slices.Collect(maps.Keys(map[int]bool{})) == nil)
}
