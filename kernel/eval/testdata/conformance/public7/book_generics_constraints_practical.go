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
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func Keys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func MaxBy[T any](xs []T, less func(a, b T) bool) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if less(best, x) {
			best = x
		}
	}
	return best, true
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]Celsius{10, 20.5}))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, Filter(words, func(s string) bool { return len(s) > 4 }))
	fmt.Println(Reduce(words, "", func(acc string, w string) string { return acc + w[:1] }))
	g := GroupBy(words, func(s string) int { return len(s) })
	for _, k := range Keys(g) {
		fmt.Print(k, g[k], " ")
	}
	fmt.Println()
	var st Stack[Pair[string, int]]
	st.Push(Pair[string, int]{"a", 1})
	st.Push(Pair[string, int]{"b", 2})
	for {
		p, err := st.Pop()
		if err != nil {
			fmt.Println(err, p)
			break
		}
		fmt.Println(p)
	}
	longest, ok := MaxBy(words, func(a, b string) bool { return len(a) < len(b) })
	fmt.Println(longest, ok)
	_, ok = MaxBy([]int(nil), func(a, b int) bool { return a < b })
	fmt.Println(ok)
	pairs := []Pair[string, float64]{{"x", 2}, {"y", 1}, {"z", 3}}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].Val < pairs[j].Val })
	fmt.Println(pairs, slices.IndexFunc(pairs, func(p Pair[string, float64]) bool { return p.Key == "z" }))
	fmt.Println(cmp.Compare(2, 3), cmp.Compare("b", "a"), min(Celsius(3), 2.5), slices.Max(lens))
}
