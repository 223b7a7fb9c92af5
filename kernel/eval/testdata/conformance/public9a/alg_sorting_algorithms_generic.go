package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

func insertion[T cmp.Ordered](a []T) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func mergeSort[T any](a []T, less func(x, y T) bool) []T {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergeSort(a[:m], less), mergeSort(a[m:], less)
	out := make([]T, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if less(r[0], l[0]) {
			out, r = append(out, r[0]), r[1:]
		} else {
			out, l = append(out, l[0]), l[1:]
		}
	}
	return append(append(out, l...), r...)
}

func quick[T cmp.Ordered](a []T) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func heapSort(a []int) {
	n := len(a)
	sift := func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			if r := l + 1; r < n && a[r] > a[l] {
				l = r
			}
			if a[i] >= a[l] {
				return
			}
			a[i], a[l] = a[l], a[i]
			i = l
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func countingSort(a []uint8) []uint8 {
	var counts [256]int
	for _, x := range a {
		counts[x]++
	}
	out := a[:0:0]
	for v, c := range counts {
		for ; c > 0; c-- {
			out = append(out, uint8(v))
		}
	}
	return out
}

type rec struct {
	key string
	seq int
}

func main() {
	gen := func(n int, seed uint32) []int {
		out := make([]int, n)
		for i := range out {
			seed = seed*1664525 + 1013904223
			out[i] = int(seed>>16) % 100
		}
		return out
	}
	a := gen(20, 7)
	b, c, d := slices.Clone(a), slices.Clone(a), slices.Clone(a)
	insertion(b)
	quick(c)
	heapSort(d)
	m := mergeSort(a, func(x, y int) bool { return x < y })
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(slices.Equal(b, c), slices.Equal(c, d), slices.Equal(d, m), sort.IntsAreSorted(m))
	words := []string{"pear", "Apple", "fig", "apple", "Banana"}
	quick(words)
	fmt.Println(words)
	fmt.Println(countingSort([]uint8{5, 255, 0, 5, 3, 3, 200}))
	recs := []rec{{"b", 1}, {"a", 2}, {"b", 3}, {"a", 4}, {"c", 5}, {"a", 6}}
	stable := mergeSort(recs, func(x, y rec) bool { return x.key < y.key })
	fmt.Println(stable)
	r2 := slices.Clone(recs)
	slices.SortStableFunc(r2, func(x, y rec) int { return cmp.Compare(y.key, x.key) })
	fmt.Println(r2)
	r3 := slices.Clone(recs)
	sort.SliceStable(r3, func(i, j int) bool { return r3[i].key < r3[j].key })
	fmt.Println(slices.Equal(r3, stable))
	fl := []float64{2.5, -1, 3e10, 0.001, -7.25}
	insertion(fl)
	fmt.Println(fl, slices.IsSorted(fl))
}
