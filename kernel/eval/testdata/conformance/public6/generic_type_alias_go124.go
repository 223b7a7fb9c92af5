package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] = map[T]struct{}

type List[T any] = []T

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type StrPair[V any] = Pair[string, V]

type Celsius float64
type Temp = Celsius

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Handler = func(string) string

func add[T comparable](s Set[T], vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func keys[T comparable](s Set[T], less func(a, b T) bool) List[T] {
	out := make(List[T], 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func apply(hs []Handler, s string) string {
	for _, h := range hs {
		s = h(s)
	}
	return s
}

func main() {
	s := Set[string]{}
	add(s, "b", "a", "c", "a")
	fmt.Println(keys(s, func(a, b string) bool { return a < b }), len(s))
	var m map[string]struct{} = s
	_, ok := m["c"]
	fmt.Println(ok)

	ps := List[StrPair[int]]{{"x", 1}, {"y", 2}}
	ps = append(ps, Pair[string, int]{"z", 3})
	fmt.Printf("%v %T\n", ps, ps[0])

	var t Temp = 21.5
	fmt.Println(t, Celsius(0), fmt.Sprintf("%T", t))
	temps := []Temp{30, -5, 12.25}
	sort.Slice(temps, func(i, j int) bool { return temps[i] < temps[j] })
	fmt.Println(temps)

	hs := []Handler{strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" }}
	fmt.Printf("%q\n", apply(hs, "  hi there "))

	ints := Set[int]{}
	add(ints, 3, 1, 2)
	fmt.Println(keys(ints, func(a, b int) bool { return a > b }))
}
