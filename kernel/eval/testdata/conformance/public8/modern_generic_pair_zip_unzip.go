package main

import (
	"fmt"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }
func (p Pair[A, B]) String() string   { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	as, bs := make([]A, len(ps)), make([]B, len(ps))
	for i, p := range ps {
		as[i], bs[i] = p.First, p.Second
	}
	return as, bs
}

func MapPairs[A, B, C any](ps []Pair[A, B], f func(A, B) C) []C {
	out := make([]C, 0, len(ps))
	for _, p := range ps {
		out = append(out, f(p.First, p.Second))
	}
	return out
}

func main() {
	names := []string{"ann", "bob", "cy"}
	ages := []int{31, 45, 28, 99}
	ps := Zip(names, ages)
	fmt.Println(ps)
	fmt.Println(ps[0].Swap(), ps[1].Swap().Swap())
	n, a := Unzip(ps)
	fmt.Println(n, a)
	fmt.Println(MapPairs(ps, func(s string, i int) string { return strings.Repeat(s[:1], i/10) }))
	nested := Pair[Pair[int, int], []string]{Pair[int, int]{1, 2}, []string{"x"}}
	fmt.Println(nested)
	fmt.Printf("%v %+v %s\n", nested.First, nested.Second, nested.First.Swap())
	var empty []Pair[bool, float64]
	x, y := Unzip(empty)
	fmt.Println(len(x), len(y), x == nil)
}
