package main

import "fmt"

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Uniq[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type Point struct{ X, Y int }

type Key[T comparable] struct {
	Kind string
	ID   T
}

func main() {
	pts := []Point{{1, 2}, {3, 4}, {1, 2}}
	fmt.Println(Index(pts, Point{3, 4}), Index(pts, Point{0, 0}))
	fmt.Println(Uniq(pts))
	fmt.Println(Uniq([]string{"a", "b", "a"}))
	keys := []Key[int]{{"u", 1}, {"u", 2}, {"u", 1}}
	fmt.Println(Uniq(keys), Index(keys, Key[int]{"u", 2}))
	var e1, e2 any = 1, "x"
	fmt.Println(Index([]any{e2, e1}, 1))
	arrs := [][2]int{{1, 2}, {2, 1}}
	fmt.Println(Index(arrs, [2]int{2, 1}))
}
