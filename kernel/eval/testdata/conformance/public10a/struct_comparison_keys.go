package main

import "fmt"

type Point struct{ X, Y int }
type Segment struct{ A, B Point }

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits[Point{0, 0}], visits[Point{1, 1}], len(visits))
	segs := map[Segment]bool{{Point{0, 0}, Point{1, 1}}: true}
	fmt.Println(segs[Segment{B: Point{1, 1}}], segs[Segment{Point{}, Point{1, 0}}])
	type key [2]string
	k := map[key]int{{"a", "b"}: 1}
	fmt.Println(k[key{"a", "b"}], k[key{"b", "a"}])
	ik := map[interface{}]string{1: "int", "1": "string", Point{1, 1}: "point", [1]int{1}: "array", int8(1): "int8"}
	fmt.Println(ik[1], ik["1"], ik[Point{1, 1}], ik[[1]int{1}], ik[int8(1)], len(ik))
	p1, p2 := &Point{1, 2}, &Point{1, 2}
	fmt.Println(p1 == p2, *p1 == *p2)
	ptrKeys := map[*Point]int{p1: 1, p2: 2}
	fmt.Println(len(ptrKeys), ptrKeys[p1])
}
