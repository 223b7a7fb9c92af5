package main

import (
	"fmt"
	"sort"
)

func quickSort(a []int) {
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
	quickSort(a[:j+1])
	quickSort(a[i:])
}

func heapSort(a []int) {
	n := len(a)
	var sift func(root, end int)
	sift = func(root, end int) {
		for {
			child := 2*root + 1
			if child > end {
				return
			}
			if child+1 <= end && a[child] < a[child+1] {
				child++
			}
			if a[root] < a[child] {
				a[root], a[child] = a[child], a[root]
				root = child
			} else {
				return
			}
		}
	}
	for start := (n - 2) / 2; start >= 0; start-- {
		sift(start, n-1)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end-1)
	}
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid]), mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func radixSort(a []int) {
	if len(a) == 0 {
		return
	}
	max := a[0]
	for _, v := range a {
		if v > max {
			max = v
		}
	}
	buf := make([]int, len(a))
	for exp := 1; max/exp > 0; exp *= 10 {
		var count [10]int
		for _, v := range a {
			count[(v/exp)%10]++
		}
		for i := 1; i < 10; i++ {
			count[i] += count[i-1]
		}
		for i := len(a) - 1; i >= 0; i-- {
			d := (a[i] / exp) % 10
			count[d]--
			buf[count[d]] = a[i]
		}
		copy(a, buf)
	}
}

func shellSort(a []int) {
	for gap := len(a) / 2; gap > 0; gap /= 2 {
		for i := gap; i < len(a); i++ {
			for j := i; j >= gap && a[j-gap] > a[j]; j -= gap {
				a[j], a[j-gap] = a[j-gap], a[j]
			}
		}
	}
}

func combSort(a []int) {
	gap := len(a)
	swapped := true
	for gap > 1 || swapped {
		gap = gap * 10 / 13
		if gap < 1 {
			gap = 1
		}
		swapped = false
		for i := 0; i+gap < len(a); i++ {
			if a[i] > a[i+gap] {
				a[i], a[i+gap] = a[i+gap], a[i]
				swapped = true
			}
		}
	}
}

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for ; j >= 0 && a[j] > v; j-- {
			a[j+1] = a[j]
		}
		a[j+1] = v
	}
}

func countingSort(a []int, max int) []int {
	c := make([]int, max+1)
	for _, v := range a {
		c[v]++
	}
	out := a[:0:0]
	for v, n := range c {
		for ; n > 0; n-- {
			out = append(out, v)
		}
	}
	return out
}

func gnomeSort(a []int) {
	for i := 1; i < len(a); {
		if a[i-1] <= a[i] {
			i++
		} else {
			a[i-1], a[i] = a[i], a[i-1]
			if i > 1 {
				i--
			}
		}
	}
}

func lcg(seed uint32) func() int {
	return func() int {
		seed = seed*1664525 + 1013904223
		return int(seed>>16) % 1000
	}
}

func main() {
	rnd := lcg(42)
	base := make([]int, 25)
	for i := range base {
		base[i] = rnd()
	}
	fmt.Println("input ", base)
	want := append([]int(nil), base...)
	sort.Ints(want)
	fmt.Println("sorted", want)
	sorts := []struct {
		name string
		f    func([]int) []int
	}{
		{"quick", func(a []int) []int { quickSort(a); return a }},
		{"heap", func(a []int) []int { heapSort(a); return a }},
		{"merge", mergeSort},
		{"radix", func(a []int) []int { radixSort(a); return a }},
		{"shell", func(a []int) []int { shellSort(a); return a }},
		{"comb", func(a []int) []int { combSort(a); return a }},
		{"insertion", func(a []int) []int { insertionSort(a); return a }},
		{"counting", func(a []int) []int { return countingSort(a, 999) }},
		{"gnome", func(a []int) []int { gnomeSort(a); return a }},
	}
	for _, s := range sorts {
		a := append([]int(nil), base...)
		got := s.f(a)
		ok := fmt.Sprint(got) == fmt.Sprint(want)
		fmt.Printf("%-10s %v %v\n", s.name, ok, got[:5])
	}
	for _, edge := range [][]int{nil, {}, {1}, {2, 1}, {3, 3, 3}, {5, 4, 3, 2, 1}} {
		a := append([]int(nil), edge...)
		quickSort(a)
		b := append([]int(nil), edge...)
		heapSort(b)
		fmt.Println(a, b, mergeSort(edge), sort.IntsAreSorted(a))
	}
}
