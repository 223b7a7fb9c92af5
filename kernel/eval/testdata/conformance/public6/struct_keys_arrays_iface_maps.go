package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Segment struct {
	A, B Point
}

type Cell [2]int

type Key struct {
	Kind string
	ID   any
}

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Rc struct{ W, H int }

func (r Rc) Area() int { return r.W * r.H }

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 0}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	pts := make([]Point, 0, len(visits))
	for p := range visits {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	for _, p := range pts {
		fmt.Print(p, "=", visits[p], " ")
	}
	fmt.Println()

	segs := map[Segment]bool{{Point{0, 0}, Point{1, 1}}: true}
	fmt.Println(segs[Segment{A: Point{}, B: Point{1, 1}}], segs[Segment{}])

	grid := map[Cell]rune{{0, 0}: 'a', {0, 1}: 'b'}
	grid[Cell{1, 0}] = 'c'
	c := Cell{0, 1}
	fmt.Println(string(grid[c]), len(grid), grid[[2]int{1, 0}] == 'c')

	keys := map[Key]string{
		{"user", 1}:          "ann",
		{"user", "1"}:        "string one",
		{"sess", 1.5}:        "float",
		{"pt", [2]int{1, 2}}: "array",
	}
	fmt.Println(keys[Key{"user", 1}], keys[Key{"user", "1"}], keys[Key{"pt", [2]int{1, 2}}], keys[Key{"user", int64(1)}] == "")

	byShape := map[Shape]string{Sq{2}: "small square", Rc{2, 3}: "rect", Sq{3}: "big square"}
	fmt.Println(byShape[Sq{2}], byShape[Rc{2, 3}], len(byShape))
	var s1, s2 Shape = Sq{2}, Sq{2}
	fmt.Println(s1 == s2, s1 != Shape(Rc{2, 2}), s1.Area() == Rc{4, 1}.Area())

	ifaceKeys := map[any]int{1: 1, "1": 2, 1.0: 3, Point{}: 4, [2]int{}: 5, true: 6, nil: 7}
	fmt.Println(ifaceKeys[1], ifaceKeys["1"], ifaceKeys[1.0], ifaceKeys[Point{}], ifaceKeys[[2]int{}], ifaceKeys[true], ifaceKeys[nil], len(ifaceKeys))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ifaceKeys[[]int{1}] = 8
	}()
	arr1 := [3]Point{{1, 2}}
	arr2 := [3]Point{{1, 2}, {}, {}}
	fmt.Println(arr1 == arr2, struct {
		a int
		b string
	}{1, "x"} == struct {
		a int
		b string
	}{1, "x"})
}
