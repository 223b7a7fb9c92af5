package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
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

func EqualSeq[T comparable](a, b iter.Seq[T]) bool {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	for {
		x, ok1 := na()
		y, ok2 := nb()
		if ok1 != ok2 {
			return false
		}
		if !ok1 {
			return true
		}
		if x != y {
			return false
		}
	}
}

func main() {
	names := slices.Values([]string{"ann", "bob", "cy"})
	ages := slices.Values([]int{31, 42, 27, 99})
	for n, a := range Zip(names, ages) {
		fmt.Println(n, a)
	}
	fmt.Println(EqualSeq(slices.Values([]int{1, 2}), slices.Values([]int{1, 2})))
	fmt.Println(EqualSeq(slices.Values([]int{1, 2}), slices.Values([]int{1, 2, 3})))
	next, stop := iter.Pull(slices.Values([]string{"x", "y"}))
	v, ok := next()
	fmt.Println(v, ok)
	stop()
	v, ok = next()
	fmt.Printf("%q %v\n", v, ok)
	n2, stop2 := iter.Pull2(slices.All([]string{"p", "q"}))
	defer stop2()
	for {
		i, s, ok := n2()
		if !ok {
			break
		}
		fmt.Println(i, s)
	}
}
