package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}
func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s {
		r.Add(x)
	}
	for x := range o {
		r.Add(x)
	}
	return r
}

func SortedMembers[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	slices.Sort(out)
	return out
}

type IntSet = Set[int]

type Vec[T ~float64 | ~int] []T

func (v Vec[T]) Dot(o Vec[T]) (s T) {
	for i := range v {
		s += v[i] * o[i]
	}
	return
}

func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

type Stringish interface{ ~string }

func JoinAll[S Stringish](xs []S, sep string) string {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	return strings.Join(ss, sep)
}

type Color string

func main() {
	a := NewSet(1, 2, 3)
	var b IntSet = NewSet(3, 4)
	u := a.Union(b)
	fmt.Println(SortedMembers(u), u.Has(4), u.Has(9), len(u))
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(v), v.Map(func(x int) int { return x * 10 }))
	fv := Vec[float64]{0.5, 1.5}
	fmt.Printf("%v %T\n", fv.Dot(fv), fv)
	fmt.Println(Some(42), None[string](), Some("x").OrElse("y"), None[int]().OrElse(-1))
	fmt.Printf("%v %+v %s\n", Some(1.5), Some([]int{1}), None[bool]())
	fmt.Println(JoinAll([]Color{"red", "green"}, "+"))
	opts := []Opt[int]{Some(1), None[int](), Some(3)}
	fmt.Println(opts)
}
