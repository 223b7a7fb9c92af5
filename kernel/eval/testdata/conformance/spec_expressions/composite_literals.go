package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	l := Line{Point{1, 2}, Point{Y: 5}}
	ps := []Point{{1, 1}, {X: 2}}
	pp := []*Point{{3, 3}, nil}
	m := map[Point]string{{0, 0}: "origin"}
	arr := [...]int{5: 1, 2, 1: 7}
	nested := [][]string{{"a"}, {"b", "c"}}
	fmt.Println(l, ps, *pp[0], pp[1] == nil, m, arr, len(arr), nested)
	anon := []struct {
		name string
		n    int
	}{{"x", 1}, {"y", 2}}
	fmt.Println(anon)
	fmt.Println(&Point{9, 9} != nil, Point{} == Point{0, 0})
}
