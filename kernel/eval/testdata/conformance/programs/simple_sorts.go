package main

import "fmt"

func bubble(a []int) (swaps int) {
	for n := len(a); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if a[i-1] > a[i] {
				a[i-1], a[i] = a[i], a[i-1]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func selection(a [8]float64) [8]float64 {
	for i := range a {
		m := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[m] {
				m = j
			}
		}
		a[i], a[m] = a[m], a[i]
	}
	return a
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
	for _, v := range a {
		counts[v]++
	}
	out := a[:0]
	for v, c := range counts {
		for ; c > 0; c-- {
			out = append(out, uint8(v))
		}
	}
	return out
}

func main() {
	a := []int{5, 1, 4, 2, 8, 0, 2}
	fmt.Println(bubble(a), a)
	s := []string{"pear", "Apple", "fig", "banana", "apple"}
	insertion(s)
	fmt.Println(s)
	arr := [8]float64{3.5, -2, 0, 1e3, 2.25, -0.5, 7, 1}
	fmt.Println(selection(arr), arr)
	h := []int{9, 4, 7, 1, 8, 2, 2, 6, 3}
	heapSort(h)
	fmt.Println(h)
	fmt.Println(countingSort([]uint8{200, 3, 255, 0, 3, 17}))
}
