package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Celsius float64
type ID int

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func Clamp[T cmp.Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(Max(3, 9, 2))
	fmt.Println(Max[Celsius](12.5, -3, 30.25))
	fmt.Println(Max(ID(4), ID(17)))
	fmt.Println(Max("pear", "apple", "zucchini"))
	fmt.Println(Longest([]Name{"ann", "bartholomew", "cy"}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(Join([]Celsius{1, 2.5, -4}, ", "))
	fmt.Printf("%T\n", Max[Celsius](1, 2))
}
