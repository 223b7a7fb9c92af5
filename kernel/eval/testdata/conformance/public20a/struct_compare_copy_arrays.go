package main

import "fmt"

type Point struct{ X, Y int }
type Segment struct{ A, B Point }
type Polygon struct {
	Name   string
	Pts    [4]Point
	Closed bool
}

type Matrix [3][3]float64

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m *Matrix) Scale(f float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= f
		}
	}
}

func identity() (m Matrix) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func main() {
	s1 := Segment{Point{0, 0}, Point{1, 1}}
	s2 := s1
	s2.B.X = 5
	fmt.Println(s1, s2, s1 == s2, s1 == Segment{B: Point{1, 1}})
	p := Polygon{Name: "sq", Pts: [4]Point{{0, 0}, {1, 0}, {1, 1}, {0, 1}}}
	q := p
	q.Pts[2] = Point{2, 2}
	fmt.Println(p.Pts[2], q.Pts[2], p == q)
	q.Pts[2] = Point{1, 1}
	fmt.Println(p == q)
	set := map[Segment]bool{s1: true}
	fmt.Println(set[Segment{Point{0, 0}, Point{1, 1}}], set[s2])
	polys := map[Polygon]int{p: 1}
	polys[q]++
	fmt.Println(polys[p], len(polys))
	m := identity()
	m[0][1] = 2
	m2 := m.Mul(m)
	fmt.Println(m2)
	m.Scale(3)
	fmt.Println(m[0], m2[0])
	grid := [3][3]int{}
	row := grid[1]
	row[1] = 5
	fmt.Println(grid, row)
	pr := &grid[1]
	pr[1] = 7
	fmt.Println(grid)
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, a := range arrs {
		a[0] = 99
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = 99
	}
	fmt.Println(arrs)
	ptrs := map[string]*Point{"a": {1, 2}}
	ptrs["a"].X = 10
	vals := map[string]Point{"a": {1, 2}}
	v := vals["a"]
	v.X = 10
	fmt.Println(*ptrs["a"], vals["a"])
	anon1 := struct {
		A int
		B string
	}{1, "x"}
	anon2 := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon1 == anon2)
	type Named struct {
		A int
		B string
	}
	fmt.Println(Named(anon1) == Named{1, "x"})
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr, arr == [3]string{"a", "", "c"})
	var zero Polygon
	fmt.Println(zero == Polygon{}, zero.Pts[3])
	fn := func(p Polygon) Polygon { p.Closed = true; p.Pts[0].X = -1; return p }
	r := fn(p)
	fmt.Println(p.Closed, p.Pts[0], r.Closed, r.Pts[0])
}
