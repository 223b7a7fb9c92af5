package main

import (
	"fmt"
	"math/rand"
	"slices"
)

func MergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := MergeSort(a[:mid]), MergeSort(a[mid:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func QuickSort(a []int) {
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
	QuickSort(a[:j+1])
	QuickSort(a[i:])
}

func HeapSort(a []int) {
	n := len(a)
	var sift func(i, n int)
	sift = func(i, n int) {
		for {
			l, big := 2*i+1, i
			if l < n && a[l] > a[big] {
				big = l
			}
			if l+1 < n && a[l+1] > a[big] {
				big = l + 1
			}
			if big == i {
				return
			}
			a[i], a[big] = a[big], a[i]
			i = big
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

func main() {
	r := rand.New(rand.NewSource(7))
	data := make([]int, 2000)
	for i := range data {
		data[i] = r.Intn(10000) - 5000
	}
	want := slices.Sorted(slices.Values(data))
	m := MergeSort(slices.Clone(data))
	q := slices.Clone(data)
	QuickSort(q)
	h := slices.Clone(data)
	HeapSort(h)
	fmt.Println(slices.Equal(m, want), slices.Equal(q, want), slices.Equal(h, want))
	fmt.Println(want[:5], want[len(want)-3:])
	small := []int{5, 3, 9, 1, 5, 0}
	QuickSort(small)
	fmt.Println(small, MergeSort([]int{4, 2, 2, 8}))
	hs := []int{9, 8, 7, 6, 5, 4, 3, 2, 1}
	HeapSort(hs)
	fmt.Println(hs)
}
