package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Names []string

func Compact[S ~[]E, E comparable](s S) S { return slices.Compact(s) }

func apply(xs []int, f func([]int)) { f(xs) }

func pick(f func([]string, string) bool, xs []string, x string) bool { return f(xs, x) }

func main() {
	var rev func([]int) = slices.Reverse
	xs := []int{3, 1, 2}
	rev(xs)
	fmt.Println(xs)
	apply(xs, slices.Sort)
	fmt.Println(xs)
	fmt.Println(pick(slices.Contains, []string{"a", "b"}, "b"))
	var clone func(map[string]int) map[string]int = maps.Clone
	m := clone(map[string]int{"x": 1})
	m["y"] = 2
	fmt.Println(len(m), m)
	var cmpf func(a, b string) int = cmp.Compare
	fmt.Println(cmpf("a", "b"), cmpf("b", "a"))
	var comp func(Names) Names = Compact
	fmt.Println(comp(Names{"a", "a", "b"}))
	var idx func([]string, string) int = slices.Index
	fmt.Println(idx(strings.Fields("go is fun"), "fun"))
	var maxf func([]float64) float64 = slices.Max
	fmt.Println(maxf([]float64{1.5, 9, 2}))
}
