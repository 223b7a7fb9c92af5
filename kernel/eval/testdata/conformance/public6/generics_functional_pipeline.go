package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; yield(i); i++ {
		}
	}
}

func GroupBy[T any, K comparable](seq iter.Seq[T], key func(T) K) map[K][]T {
	out := map[K][]T{}
	for v := range seq {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Enumerate[T any](seq iter.Seq[T]) iter.Seq[Pair[int, T]] {
	return func(yield func(Pair[int, T]) bool) {
		i := 0
		for v := range seq {
			if !yield(Pair[int, T]{i, v}) {
				return
			}
			i++
		}
	}
}

func main() {
	isPrime := func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	}
	primes := slices.Collect(Take(Filter(Naturals(), isPrime), 15))
	fmt.Println(primes)
	squares := Map(Take(Naturals(), 5), func(n int) string { return strconv.Itoa(n * n) })
	fmt.Println(strings.Join(slices.Collect(squares), "+"))
	sum := Reduce(Take(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), 10), 0, func(a, n int) int { return a + n })
	fmt.Println(sum)
	words := strings.Fields("apple avocado banana blueberry cherry cranberry date")
	groups := GroupBy(slices.Values(words), func(w string) byte { return w[0] })
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Printf("%c:%v ", k, groups[k])
	}
	fmt.Println()
	for p := range Enumerate(Take(slices.Values(words), 3)) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	longest := Reduce(slices.Values(words), "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println(longest, Reduce(Take(Naturals(), 0), -1, func(a, n int) int { return n }))
	lens := slices.Collect(Map(slices.Values(words), func(s string) Pair[string, int] { return Pair[string, int]{s, len(s)} }))
	slices.SortStableFunc(lens, func(a, b Pair[string, int]) int { return b.Second - a.Second })
	fmt.Println(lens[:3])
}
