package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	arr := [...]string{2: "c", 0: "a", 4: "e"}
	fmt.Println(len(arr), arr)
	sl := []int{5: 1, 2, 1: 7}
	fmt.Println(len(sl), sl)
	pts := []Point{{1, 2}, {X: 3}, {}}
	fmt.Println(pts)
	pp := []*Point{{1, 1}, nil}
	fmt.Println(*pp[0], pp[1] == nil)
	m := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(m[Point{}], len(m))
	grid := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(grid)
	nested := map[string][]Point{"a": {{1, 1}}}
	fmt.Println(nested)
	const n = 3
	fixed := [n * 2]bool{n: true}
	fmt.Println(fixed)
}
