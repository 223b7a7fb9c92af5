package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	Tag  string
}

type Poly struct {
	Pts []Point
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	a := Point{1, 2}
	b := a
	b.X = 10
	fmt.Println(a, b, a == Point{1, 2}, a != b)
	l1 := Line{a, b, "l"}
	l2 := l1
	l2.A.Y = 99
	fmt.Println(l1, l2, l1 == l2)
	p1 := Poly{[]Point{a}}
	p2 := p1
	p2.Pts[0].X = -1
	fmt.Println(p1, p2)
	arr := [2]Point{a, b}
	arr2 := arr
	arr2[0].X = 7
	fmt.Println(arr, arr2, arr == arr2)
	seen := map[Point]bool{a: true}
	fmt.Println(seen[Point{1, 2}], seen[b])
	fmt.Println(a.Add(b), Point{}.Add(Point{3, 3}))
	anon := struct {
		Point
		Z int
	}{Point{1, 1}, 2}
	fmt.Println(anon.X, anon.Z, anon)
	pp := &a
	pp.X = 5
	fmt.Println(a, *pp)
}
