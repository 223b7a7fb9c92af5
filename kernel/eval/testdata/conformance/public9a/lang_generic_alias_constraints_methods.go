package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] = map[T]struct{}

type List[T any] = []T

type Ordered interface{ ~int | ~string | ~float64 }

type ID int

type Name string

func (n Name) Upper() Name { return Name(strings.ToUpper(string(n))) }

type Stringish interface {
	~string
	Upper() Name
}

func Shout[S Stringish](xs []S) []Name {
	var out []Name
	for _, x := range xs {
		out = append(out, x.Upper())
	}
	return out
}

func Keys[K Ordered, V any](m map[K]V) List[K] {
	return slices.Sorted(maps.Keys(m))
}

func Add[T comparable](s Set[T], xs ...T) Set[T] {
	if s == nil {
		s = Set[T]{}
	}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

type Stack[T any] struct{ items List[T] }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

func main() {
	s := Add(nil, ID(3), ID(1), ID(3))
	s = Add(s, 2)
	fmt.Println(len(s), Keys(s))
	var names List[Name] = []Name{"ann", "bob"}
	fmt.Println(Shout(names))
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Println(SortedPairs(m), Keys(m))
	fmt.Printf("%v %T\n", SortedPairs(map[ID]bool{2: true, 1: false}), Pair[ID, bool]{})
	var st Stack[Pair[string, int]]
	for _, p := range SortedPairs(m) {
		st.Push(p)
	}
	for {
		p, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(p, " ")
	}
	fmt.Println()
	words := strings.Fields("go is a fun language to write")
	fmt.Println(MaxBy(words, func(w string) int { return len(w) }), MaxBy(words, func(w string) string { return w }))
	fmt.Println(MaxBy([]ID{}, func(i ID) ID { return i }))
	ss := Set[string]{"x": {}}
	_, ok := ss["x"]
	fmt.Println(ok, len(ss))
}
