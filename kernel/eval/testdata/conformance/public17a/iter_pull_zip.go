package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	names := slices.Values([]string{"ann", "bob", "cy"})
	ages := slices.Values([]int{31, 42, 27, 99})
	for n, a := range Zip(names, ages) {
		fmt.Println(n, a)
	}
	next, stop := iter.Pull2(slices.All([]string{"x", "y"}))
	i, v, ok := next()
	fmt.Println(i, v, ok)
	stop()
	i, v, ok = next()
	fmt.Println(i, v, ok)
}
