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

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type User struct {
	Name string
	Age  int
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	total := Reduce(squares, 0, func(a, b int) int { return a + b })
	fmt.Println(evens, squares, total)
	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, "+"), Reduce(strs, "", func(a string, s string) string { return a + s }))
	fmt.Printf("%q\n", Map([]string{"a", "b"}, strings.ToUpper))
	users := []User{{"ann", 31}, {"bob", 17}, {"cy", 45}, {"di", 17}}
	adults := Filter(users, func(u User) bool { return u.Age >= 18 })
	names := Map(adults, func(u User) string { return u.Name })
	fmt.Println(names)
	g := GroupBy(users, func(u User) int { return u.Age / 10 * 10 })
	fmt.Println(len(g), g[10], g[40], Keys(g))
	avg := Reduce(users, 0.0, func(a float64, u User) float64 { return a + float64(u.Age) }) / float64(len(users))
	fmt.Printf("%.2f\n", avg)
	lengths := Map([]string{"go", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(lengths)
}
