package main

import (
	"fmt"
	"strconv"
	"strings"
)

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
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for n < len(xs) {
		xs, out = xs[n:], append(out, xs[:n:n])
	}
	return append(out, xs)
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a T, x T) T { return a + x })
}

type Celsius float64

type Pipeline[T any] struct{ items []T }

func From[T any](xs ...T) *Pipeline[T]                   { return &Pipeline[T]{xs} }
func (p *Pipeline[T]) Where(f func(T) bool) *Pipeline[T] { return &Pipeline[T]{Filter(p.items, f)} }
func (p *Pipeline[T]) Each(f func(int, T)) {
	for i, x := range p.items {
		f(i, x)
	}
}
func (p *Pipeline[T]) Slice() []T { return p.items }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(n int) int { return n * n })
	even := Filter(sq, func(n int) bool { return n%2 == 0 })
	fmt.Println(sq, even, Sum(even))
	strs := Map(nums, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	joined := Reduce(strs, "", func(acc string, s string) string {
		if acc == "" {
			return s
		}
		return acc + "," + s
	})
	fmt.Println(joined)
	words := strings.Fields("apple avocado banana blueberry cherry cranberry date")
	g := GroupBy(words, func(w string) byte { return w[0] })
	fmt.Println(g, len(g))
	lens := GroupBy(words, func(w string) int { return len(w) })
	fmt.Println(lens)
	y, n := Partition(nums, func(x int) bool { return x > 6 })
	fmt.Println(y, n)
	fmt.Println(Chunk(nums, 3), Chunk([]string{"a"}, 2), len(Chunk[int](nil, 2)))
	temps := []Celsius{20.5, 21, 19.25}
	fmt.Println(Sum(temps), Sum([]float64{}), Sum([]int64{1 << 40, 1}))
	From(words...).Where(func(s string) bool { return strings.Contains(s, "rr") }).Each(func(i int, s string) {
		fmt.Println(i, s)
	})
	fmt.Println(From(3, 1, 4).Where(func(int) bool { return true }).Slice())
	fmt.Printf("%T %T\n", From(1.5), Map[int, Celsius])
}
