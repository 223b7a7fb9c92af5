package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	var ps []Pair[K, V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		ps = append(ps, Pair[K, V]{k, m[k]})
	}
	return ps
}

type Celsius float64
type ID int

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func (t *Tree[T]) All() func(yield func(T) bool) {
	return func(yield func(T) bool) {
		t.push(yield)
	}
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]Celsius{10, 20.5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return strconv.Itoa(i * 10) })
	fmt.Println(strs, len(strs))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	joined := Reduce(strs, "", func(acc string, s string) string { return acc + s + "," })
	fmt.Println(joined)
	fmt.Println(SortedPairs(map[string]int{"b": 2, "a": 1, "c": 3}))
	fmt.Println(SortedPairs(map[ID]Celsius{3: 1.5, 1: -2}))

	s := Set[string]{}
	s.Add("x")
	s.Add("y")
	s.Add("x")
	fmt.Println(s.Len(), s.Has("x"), s.Has("z"))

	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var walked []int
	root.Walk(func(v int) { walked = append(walked, v) })
	fmt.Println(walked)
	for v := range root.All() {
		if v > 5 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
	fmt.Println(words)
	fmt.Println(slices.Compact(slices.Clone(words)), slices.Index(words, "fox"))
	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, found, slices.Max([]Celsius{1, 5, 3}), min(3, 1, 2), max("a", "b"))
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts)
	grouped := map[int][]string{}
	for _, w := range words {
		grouped[len(w)] = append(grouped[len(w)], w)
	}
	for _, k := range slices.Sorted(maps.Keys(grouped)) {
		fmt.Print(k, ":", grouped[k], " ")
	}
	fmt.Println()
	for i, w := range slices.Backward(words[:3]) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
}
