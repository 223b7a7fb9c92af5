package main

import "fmt"

type Ints []int
type Table map[string][]int
type Op func(int, int) int
type Point struct{ X, Y int }
type PtrPoint *Point

func total(xs Ints) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(total([]int{1, 2, 3}))
	var t Table = map[string][]int{"a": {1}}
	var raw map[string][]int = t
	fmt.Println(len(raw["a"]))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add(2, 3))
	var anon struct{ X, Y int } = Point{1, 2}
	var pt Point = anon
	fmt.Println(pt, anon)
	var pp PtrPoint = &pt
	var q *Point = pp
	q.X = 9
	fmt.Println(pt.X)
	// Conversions between named types of identical underlying type.
	type Other []int
	o := Other(Ints{4})
	fmt.Printf("%T %v\n", o, o)
}
