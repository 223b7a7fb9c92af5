package main

import (
	"fmt"
	"strings"
)

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(x T) bool { return p(x) && q(x) } }
func (p Pred[T]) Or(q Pred[T]) Pred[T]  { return func(x T) bool { return p(x) || q(x) } }
func (p Pred[T]) Not() Pred[T]          { return func(x T) bool { return !p(x) } }

type Stream[T any] struct{ xs []T }

func Of[T any](xs ...T) Stream[T] { return Stream[T]{xs} }

func (s Stream[T]) Filter(p Pred[T]) Stream[T] {
	var out []T
	for _, x := range s.xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return Stream[T]{out}
}

func (s Stream[T]) Each(f func(int, T)) Stream[T] {
	for i, x := range s.xs {
		f(i, x)
	}
	return s
}

func Reduce[T, A any](s Stream[T], init A, f func(A, T) A) A {
	acc := init
	for _, x := range s.xs {
		acc = f(acc, x)
	}
	return acc
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int { return func(b int) int { return f(a, b) } }
}

func pipeline(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func main() {
	even := Pred[int](func(x int) bool { return x%2 == 0 })
	big := Pred[int](func(x int) bool { return x > 5 })
	s := Of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	fmt.Println(s.Filter(even.And(big)).xs, s.Filter(even.Or(big)).xs, s.Filter(even.Not()).xs)
	sum := Reduce(s.Filter(big), 0, func(a, x int) int { return a + x })
	csv := Reduce(s, "", func(a string, x int) string {
		if a != "" {
			a += ","
		}
		return a + fmt.Sprint(x)
	})
	fmt.Println(sum, csv)
	var trace []string
	s.Filter(big.Not()).Each(func(i, x int) { trace = append(trace, fmt.Sprintf("%d@%d", x, i)) })
	fmt.Println(trace)
	add := curry(func(a, b int) int { return a + b })
	mul := curry(func(a, b int) int { return a * b })
	add5, times3 := add(5), mul(3)
	fmt.Println(add5(1), times3(add5(2)), add(1)(2))
	clean := pipeline(strings.TrimSpace, strings.ToLower, func(s string) string { return strings.ReplaceAll(s, " ", "-") })
	fmt.Println(clean("  Hello Big World  "))
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	words := Of(strings.Fields("go rust zig c java kotlin")...)
	short := Pred[string](func(w string) bool { return len(w) <= 3 })
	fmt.Println(words.Filter(short).xs, words.Filter(short.Not()).xs)
	var fns [3]func() string
	for i, w := range []string{"a", "b", "c"} {
		fns[i] = func() string { return strings.Repeat(w, i+1) }
	}
	fmt.Println(fns[0](), fns[1](), fns[2]())
}
