package main

import (
	"cmp"
	"fmt"
)

func InsertionSort[T cmp.Ordered](a []T) {
	for i := 1; i < len(a); i++ {
		key := a[i]
		j := i - 1
		for j >= 0 && a[j] > key {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = key
	}
}

func SelectionSort[T cmp.Ordered](a []T) {
	for i := range len(a) - 1 {
		m := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[m] {
				m = j
			}
		}
		a[i], a[m] = a[m], a[i]
	}
}

func BubbleSort[T cmp.Ordered](a []T) (swaps int) {
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

func main() {
	a := []int{29, 10, 14, 37, 13, 5, 88, -1}
	InsertionSort(a)
	fmt.Println(a)
	s := []string{"pear", "fig", "apple", "kiwi"}
	SelectionSort(s)
	fmt.Println(s)
	f := []float64{3.3, 1.1, 2.2, 0.5}
	fmt.Println(BubbleSort(f), f)
	fmt.Println(BubbleSort([]int{1, 2, 3}))
	var empty []int
	InsertionSort(empty)
	SelectionSort([]int{1})
	fmt.Println(empty == nil)
}
