package main

import (
	"cmp"
	"fmt"
	"slices"
)

func MaxOf[T cmp.Ordered](xs ...T) T { return slices.Max(xs) }
func MinOf[T cmp.Ordered](xs ...T) T { return slices.Min(xs) }

type agg[T cmp.Ordered] func(...T) T

func main() {
	ops := map[string]agg[int]{"max": MaxOf[int], "min": MinOf[int]}
	for _, k := range []string{"max", "min"} {
		fmt.Println(k, ops[k](4, 9, 2))
	}
	sops := []func(...string) string{MaxOf[string], MinOf[string]}
	for _, f := range sops {
		fmt.Print(f("pear", "apple", "zoo"), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", ops["max"])
	var f func(...float64) float64 = MaxOf
	fmt.Println(f(1.5, -2))
}
