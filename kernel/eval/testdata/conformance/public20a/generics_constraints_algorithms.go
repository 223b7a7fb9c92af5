package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

type Stack[T any] struct{ items []T }

var ErrEmpty = errors.New("empty stack")

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s Stack[T]) Len() int { return len(s.items) }

type Celsius float64
type MyInt int

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type Stringish interface{ ~string }

func JoinAll[S Stringish](xs []S, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return strings.Join(parts, sep)
}

type Color string

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

type List[T any] struct {
	head *node[T]
	size int
}
type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) PushFront(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.v) {
				return
			}
			i++
		}
	}
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5), Sum[MyInt](), Sum[int8](100, 100))
	sq := Map([]int{1, 2, 3}, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(sq, len(sq))
	ev := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(ev, Filter([]string{"a"}, func(string) bool { return false }) == nil)
	fmt.Println(Reduce([]string{"a", "bb", "ccc"}, 0, func(a int, s string) int { return a + len(s) }))
	ps := SortedPairs(map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Println(ps, ps[0])
	fmt.Printf("%v %+v %T\n", ps[1], ps[1], ps[1])
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	v, err := st.Pop()
	fmt.Println(v, err, st.Len())
	st.Pop()
	_, err = st.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	s1 := NewSet(1, 2, 3)
	s2 := NewSet(3, 4)
	u := s1.Union(s2)
	fmt.Println(len(u), u.Has(4), u.Has(5), Keys(u))
	fmt.Println(JoinAll([]Color{"red", "green"}, "|"))
	best, ok := MaxBy([]string{"go", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(best, ok)
	_, ok = MaxBy([]int{}, func(i int) int { return i })
	fmt.Println(ok)
	var l List[float64]
	for _, f := range []float64{1.5, 2.5, 3.5} {
		l.PushFront(f)
	}
	for i, v := range l.All() {
		if i == 2 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(l.size)
	fmt.Println(cmp.Compare(2, 1), cmp.Less("a", "b"), min(3, 1, 2), max("a", "z", "m"), cmp.Or("", "dflt"), cmp.Or(0, 0, 7))
	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, found)
	people := []Pair[string, int]{{"al", 30}, {"bo", 25}, {"cy", 30}}
	slices.SortStableFunc(people, func(a, b Pair[string, int]) int { return cmp.Compare(b.Val, a.Val) })
	fmt.Println(people)
}
