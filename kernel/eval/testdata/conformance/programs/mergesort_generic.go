package main

import (
	"cmp"
	"fmt"
)

func MergeSort[T cmp.Ordered](a []T) []T {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	return merge(MergeSort(a[:m]), MergeSort(a[m:]))
}

func merge[T cmp.Ordered](l, r []T) []T {
	out := make([]T, 0, len(l)+len(r))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func SortBy[T any](a []T, less func(x, y T) bool) []T {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := SortBy(a[:m], less), SortBy(a[m:], less)
	out := make([]T, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			out = append(out, r[j])
			j++
		} else {
			out = append(out, l[i])
			i++
		}
	}
	return append(append(out, l[i:]...), r[j:]...)
}

type person struct {
	name string
	age  int
}

func main() {
	fmt.Println(MergeSort([]int{3, 1, 4, 1, 5, 9, 2, 6}))
	fmt.Println(MergeSort([]string{"pear", "apple", "fig"}))
	fmt.Println(MergeSort([]float64{2.5, -1, 0.25}))
	ps := []person{{"bob", 30}, {"al", 25}, {"cy", 30}, {"di", 25}}
	fmt.Println(SortBy(ps, func(a, b person) bool { return a.age < b.age }))
	fmt.Printf("%+v\n", SortBy(ps, func(a, b person) bool { return a.name > b.name }))
}
