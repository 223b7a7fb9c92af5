package main

import (
	"cmp"
	"fmt"
)

func BubbleSort[T cmp.Ordered](a []T) (swaps int) {
	for n := len(a); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if a[i] < a[i-1] {
				a[i], a[i-1] = a[i-1], a[i]
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

func SelectionSort[T any](a []T, less func(x, y T) bool) {
	for i := range a {
		m := i
		for j := i + 1; j < len(a); j++ {
			if less(a[j], a[m]) {
				m = j
			}
		}
		a[i], a[m] = a[m], a[i]
	}
}

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 1, 4, 2, 8}
	fmt.Println(BubbleSort(ints), ints)
	strs := []string{"pear", "apple", "fig"}
	BubbleSort(strs)
	fmt.Println(strs)
	fl := []float64{3.5, -1, 2.25}
	BubbleSort(fl)
	fmt.Println(fl)
	ps := []person{{"ann", 30}, {"bob", 25}, {"cy", 35}}
	SelectionSort(ps, func(a, b person) bool { return a.age < b.age })
	fmt.Println(ps)
	fmt.Printf("%+v\n", ps[0])
}
