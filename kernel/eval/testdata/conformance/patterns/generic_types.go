package main

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}
func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type OrderedMap[K cmp.Ordered, V any] struct {
	m map[K]V
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if o.m == nil {
		o.m = make(map[K]V)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Keys() []K {
	ks := make([]K, 0, len(o.m))
	for k := range o.m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return cmp.Less(ks[i], ks[j]) })
	return ks
}

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := a.Union(b)
	fmt.Println(u.Len(), u.Has(4), u.Has(9), Sorted(u))
	words := NewSet(strings.Fields("the cat and the hat")...)
	fmt.Println(Sorted(words))
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, []Pair[int, bool]{{1, true}})
	fmt.Printf("%v %+v %T\n", p, p, p)
	var l List[string]
	l.Push("x")
	l.Push("y")
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.size)
	var om OrderedMap[string, []int]
	om.Set("b", []int{2})
	om.Set("a", nil)
	om.Set("c", []int{3, 3})
	for _, k := range om.Keys() {
		fmt.Print(k, om.m[k], " ")
	}
	fmt.Println()
}
