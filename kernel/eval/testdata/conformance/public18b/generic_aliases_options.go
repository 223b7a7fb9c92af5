package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type List[T any] = []T
type Set[T comparable] = map[T]struct{}

type Names []string

func (n Names) Joined() string { return strings.Join(n, "+") }

func Dedup[S ~[]E, E comparable](s S) S {
	seen := map[E]bool{}
	var out S
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

type Num interface{ ~int | ~float64 }

func SumCh[T Num](ch <-chan T) (s T) {
	for v := range ch {
		s += v
	}
	return
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T]    { return Opt[T]{v, true} }
func None[T any]() Opt[T]       { return Opt[T]{} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }
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

func main() {
	var l List[int] = []int{3, 1, 2}
	slices.SortFunc(l, cmp.Compare[int])
	s := Set[string]{"a": {}}
	fmt.Println(l, len(s), fmt.Sprintf("%T %T", l, s))
	n := Dedup(Names{"x", "y", "x"})
	fmt.Println(n.Joined(), fmt.Sprintf("%T", n))
	toStr := Map[int, string]
	fmt.Println(toStr([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 10) }))
	fmt.Println(Reduce(l, "", func(a string, v int) string { return a + fmt.Sprint(v) }))
	ch := make(chan float64, 3)
	ch <- 1.5
	ch <- 2
	close(ch)
	fmt.Println(SumCh(ch))
	opts := []fmt.Stringer{Some(3), None[string](), Some("x"), Some([]int{1})}
	fmt.Println(opts)
	v, ok := None[float64]().Get()
	fmt.Println(v, ok, Some(2.5).OrElse(0), None[int]().OrElse(-1))
	type pair[K comparable, V any] struct {
		k K
		v V
	}
	ps := []pair[string, Opt[int]]{{"a", Some(1)}, {"b", None[int]()}}
	fmt.Printf("%v %+v\n", ps, ps[1])
	cmpFn := cmp.Compare[string]
	fmt.Println(cmpFn("a", "b"), slices.MaxFunc([]string{"aa", "b"}, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))
}
