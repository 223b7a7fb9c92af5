package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }

func Zip[A comparable, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A comparable, B any](ps []Pair[A, B]) ([]A, []B) {
	as := make([]A, len(ps))
	bs := make([]B, len(ps))
	for i, p := range ps {
		as[i], bs[i] = p.Key, p.Val
	}
	return as, bs
}

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

type Triple[A, B, C any] struct {
	First  A
	Second B
	Third  C
}

func MakeTriple[A, B, C any](a A, b B, c C) Triple[A, B, C] { return Triple[A, B, C]{a, b, c} }

func Swap[K comparable, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func main() {
	ps := Zip([]string{"a", "b", "c"}, []int{1, 2, 3, 4})
	fmt.Println(ps, len(ps))
	fmt.Printf("%v %+v %s\n", ps[0], ps[1], ps[2])
	ks, vs := Unzip(ps)
	fmt.Println(ks, vs)
	m := map[string]float64{"pi": 3.14, "e": 2.72, "phi": 1.62}
	fmt.Println(Entries(m, func(a, b string) bool { return a < b }))
	t := MakeTriple("x", 2, []bool{true})
	fmt.Printf("%v %+v\n", t, t)
	fmt.Printf("%T\n", t)
	fmt.Println(Swap(ps[1]), Swap(Swap(ps[1])) == ps[1])
	idx := map[Pair[int, int]]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(idx[Pair[int, int]{1, 0}], len(idx))
}
