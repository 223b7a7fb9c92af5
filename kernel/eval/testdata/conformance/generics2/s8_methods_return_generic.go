package main

import (
	"fmt"
	"strconv"
)

// Generic methods returning generic types (the same type, another
// instance of a generic type), and generic funcs returning instances
// built from their type parameters.

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type List[T any] struct{ items []T }

func Of[T any](xs ...T) List[T] { return List[T]{xs} }

func (l List[T]) Filter(keep func(T) bool) List[T] {
	var out List[T]
	for _, x := range l.items {
		if keep(x) {
			out.items = append(out.items, x)
		}
	}
	return out
}

func Zip[T any](l, o List[T]) List[Pair[T, T]] {
	var out List[Pair[T, T]]
	for i := range l.items {
		if i < len(o.items) {
			out.items = append(out.items, Pair[T, T]{l.items[i], o.items[i]})
		}
	}
	return out
}

func Enumerate[T any](l List[T]) List[Pair[int, T]] {
	out := List[Pair[int, T]]{}
	for i, x := range l.items {
		out.items = append(out.items, Pair[int, T]{i, x})
	}
	return out
}

func Map[T, U any](l List[T], f func(T) U) List[U] {
	out := List[U]{}
	for _, x := range l.items {
		out.items = append(out.items, f(x))
	}
	return out
}

func main() {
	p := Pair[string, int]{"a", 1}
	q := p.Swap()
	fmt.Printf("%v %T %v %T\n", p, p, q, q)
	l := Of(1, 2, 3, 4, 5).Filter(func(n int) bool { return n%2 == 1 })
	fmt.Println(l.items)
	z := Zip(l, Of(10, 30))
	fmt.Println(z.items, len(z.items))
	e := Enumerate(Of("x", "y"))
	fmt.Printf("%v %T\n", e.items, e.items[0])
	s := Map(l, strconv.Itoa)
	fmt.Printf("%q\n", s.items)
	fmt.Println(Map(e, func(p Pair[int, string]) string { return p.Second + strconv.Itoa(p.First) }).items)
}
