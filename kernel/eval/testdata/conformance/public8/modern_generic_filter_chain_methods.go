package main

import (
	"fmt"
	"slices"
	"strings"
)

type Stream[T any] struct{ items []T }

func From[T any](xs ...T) Stream[T] { return Stream[T]{slices.Clone(xs)} }

func (s Stream[T]) Filter(keep func(T) bool) Stream[T] {
	var out []T
	for _, x := range s.items {
		if keep(x) {
			out = append(out, x)
		}
	}
	return Stream[T]{out}
}

func (s Stream[T]) Sort(cmp func(a, b T) int) Stream[T] {
	c := slices.Clone(s.items)
	slices.SortStableFunc(c, cmp)
	return Stream[T]{c}
}

func (s Stream[T]) Take(n int) Stream[T] { return Stream[T]{s.items[:min(n, len(s.items))]} }
func (s Stream[T]) Slice() []T           { return s.items }

func Map[T, U any](s Stream[T], f func(T) U) Stream[U] {
	out := make([]U, len(s.items))
	for i, x := range s.items {
		out[i] = f(x)
	}
	return Stream[U]{out}
}

type City struct {
	Name    string
	Country string
	Pop     int
}

func main() {
	cities := From(
		City{"Tokyo", "JP", 37400}, City{"Delhi", "IN", 31000}, City{"Osaka", "JP", 19100},
		City{"Mumbai", "IN", 20700}, City{"Paris", "FR", 11000}, City{"Nagoya", "JP", 9500},
	)
	jp := cities.Filter(func(c City) bool { return c.Country == "JP" }).
		Sort(func(a, b City) int { return a.Pop - b.Pop })
	names := Map(jp, func(c City) string { return strings.ToUpper(c.Name) })
	fmt.Println(names.Slice())
	top := Map(cities.Sort(func(a, b City) int { return b.Pop - a.Pop }).Take(3), func(c City) string {
		return fmt.Sprintf("%s(%dk)", c.Name, c.Pop/1000)
	})
	fmt.Println(top.Slice(), len(cities.Take(100).Slice()))
	lens := Map(From("a", "bb", "ccc"), func(s string) int { return len(s) })
	fmt.Printf("%v %T\n", lens.Slice(), lens)
}
