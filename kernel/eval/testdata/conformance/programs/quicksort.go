package main

import "fmt"

func quicksort(a []int) {
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
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func qsortFunctional(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	pivot, rest := a[0], a[1:]
	var less, more []int
	for _, v := range rest {
		if v < pivot {
			less = append(less, v)
		} else {
			more = append(more, v)
		}
	}
	return append(append(qsortFunctional(less), pivot), qsortFunctional(more)...)
}

func main() {
	a := []int{5, 2, 9, -1, 0, 5, 3, 8, 8, 1}
	b := append([]int{}, a...)
	quicksort(a)
	fmt.Println(a)
	fmt.Println(qsortFunctional(b), b)
	seed := uint32(7)
	big := make([]int, 1000)
	for i := range big {
		seed = seed*1664525 + 1013904223
		big[i] = int(seed >> 16 % 1000)
	}
	quicksort(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(ok, big[:5], big[995:])
}
