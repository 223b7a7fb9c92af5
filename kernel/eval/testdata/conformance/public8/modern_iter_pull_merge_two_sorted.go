package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		x, okx := na()
		y, oky := nb()
		for okx || oky {
			if !oky || (okx && x <= y) {
				if !yield(x) {
					return
				}
				x, okx = na()
			} else {
				if !yield(y) {
					return
				}
				y, oky = nb()
			}
		}
	}
}

func Pairs[K comparable, V any](keys []K, vals []V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := range min(len(keys), len(vals)) {
			if !yield(keys[i], vals[i]) {
				return
			}
		}
	}
}

func main() {
	a := []int{1, 4, 7, 10}
	b := []int{2, 3, 8, 11, 12}
	fmt.Println(slices.Collect(Merge(slices.Values(a), slices.Values(b))))
	words := Merge(slices.Values([]string{"apple", "kiwi"}), slices.Values([]string{"banana", "cherry", "zucchini"}))
	for w := range words {
		if w == "kiwi" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	next, stop := iter.Pull2(Pairs([]string{"a", "b", "c"}, []float64{1.5, 2.5}))
	for {
		k, v, ok := next()
		if !ok {
			break
		}
		fmt.Printf("%s=%.1f\n", k, v)
	}
	stop()
	k, v, ok := next()
	fmt.Printf("%q %v %v\n", k, v, ok)
}
