package main

import "fmt"

type Point struct{ X, Y int }

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Key interface{ comparable }

func Count[K Key](xs []K) map[K]int {
	m := map[K]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func main() {
	fmt.Println(Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	fmt.Println(Index([]any{1, "a", 2.5}, any("a")))
	fmt.Println(Index([]error{nil}, nil))
	fmt.Println(Count([]string{"a", "b", "a"})["a"])
	fmt.Println(len(Count([][2]int{{1, 2}, {1, 2}, {2, 1}})))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Index([]any{[]int{1}}, any([]int{1})))
}
