package main

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
)

func partition[T cmp.Ordered](a []T, lo, hi int) int {
	p := a[hi]
	i := lo
	for j := lo; j < hi; j++ {
		if a[j] <= p {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[hi] = a[hi], a[i]
	return i
}

func KthSmallest[T cmp.Ordered](xs []T, k int) T {
	a := slices.Clone(xs)
	lo, hi := 0, len(a)-1
	for lo < hi {
		p := partition(a, lo, hi)
		switch {
		case p == k:
			return a[p]
		case p < k:
			lo = p + 1
		default:
			hi = p - 1
		}
	}
	return a[lo]
}

func TopK[T any](xs []T, k int, less func(a, b T) int) []T {
	s := slices.Clone(xs)
	slices.SortFunc(s, less)
	return s[:min(k, len(s))]
}

func Shuffle[T any](r *rand.Rand, xs []T) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.Intn(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func main() {
	r := rand.New(rand.NewSource(42))
	data := r.Perm(100)
	fmt.Println(KthSmallest(data, 0), KthSmallest(data, 49), KthSmallest(data, 99))
	fmt.Println(KthSmallest([]string{"d", "a", "c", "b"}, 2))
	fmt.Println(TopK([]float64{3.5, 1, 9, 2.25}, 2, func(a, b float64) int { return cmp.Compare(b, a) }))
	x := []int{1, 2, 3, 4, 5}
	Shuffle(r, x)
	s := slices.Sorted(slices.Values(x))
	fmt.Println(s)
	counts := map[int]int{}
	for range 1000 {
		counts[r.Intn(3)]++
	}
	fmt.Println(len(counts), counts[0]+counts[1]+counts[2])
}
