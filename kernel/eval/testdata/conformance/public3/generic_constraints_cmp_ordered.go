package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func SumBy[T any, N Number](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func MinMax[S ~[]E, E cmp.Ordered](s S) (E, E) {
	return slices.Min(s), slices.Max(s)
}

func Uniq[S ~[]E, E comparable](s S) S {
	seen := make(map[E]bool)
	var out S
	for _, e := range s {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

type Ints []int
type Product struct {
	Name  string
	Cat   string
	Price float64
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func Find[T any](xs []T, pred func(T) bool) Opt[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

func main() {
	ps := []Product{{"tea", "drink", 3.5}, {"cake", "food", 4.25}, {"coffee", "drink", 2.75}, {"bread", "food", 2}}
	fmt.Println(SumBy(ps, func(p Product) float64 { return p.Price }))
	fmt.Println(SumBy(ps, func(p Product) int { return len(p.Name) }))
	g := GroupBy(ps, func(p Product) string { return p.Cat })
	for _, k := range Keys(g) {
		names := []string{}
		for _, p := range g[k] {
			names = append(names, p.Name)
		}
		fmt.Println(k, strings.Join(names, ","))
	}
	lo, hi := MinMax(Ints{5, -2, 9})
	fmt.Println(lo, hi)
	u := Uniq(Ints{1, 2, 1, 3, 2})
	fmt.Printf("%v %T\n", u, u)
	fmt.Println(Find(ps, func(p Product) bool { return p.Price < 2.5 }))
	fmt.Println(Find([]int{1, 2}, func(i int) bool { return i > 5 }), Find([]int{1, 2}, func(i int) bool { return i > 5 }).OrElse(-1))
	fmt.Println(cmp.Compare("a", "b"), cmp.Less(2, 1), cmp.Or(0, 0, 7, 9), cmp.Or("", "dflt"))
}
