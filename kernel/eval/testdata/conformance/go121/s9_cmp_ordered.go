package main

import (
	"cmp"
	"fmt"
	"math"
)

func maxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if cmp.Less(m, x) {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare(2.5, 1.5))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, math.Inf(-1)), cmp.Less(1.0, nan))
	fmt.Println(maxOf(3, 9, 4), maxOf("pear", "apple", "zoo"), maxOf(1.5, -2.0))
	fmt.Println(min(3, 1, 2), max("a", "c", "b"), min(2.5, nan) != min(2.5, nan))
}
