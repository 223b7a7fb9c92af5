package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringish interface {
	~int | ~string
	String() string
}

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

type Code string

func (c Code) String() string { return strings.ToUpper(string(c)) }

func JoinAll[T Stringish](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ",")
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func Of[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

type Number interface{ ~int | ~float64 }

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var sum T
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(JoinAll([]ID{1, 2}), JoinAll([]Code{"ab", "c"}))
	s := Of("a", "b", "a")
	fmt.Println(s.Len(), s.Has("b"), s.Has("z"))
	fmt.Println(Average([]int{1, 2, 4}), Average([]float64{}), Average([]ID{3, 4}))
	fmt.Println(Keys(map[string]bool{"x": true}), Keys(s))
	var zero Set[int]
	fmt.Println(zero.Has(1), zero == nil)
}
