package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Pts    [3]Point
	Tags   []string
	Center *Point
}

func (p *Point) Move(dx, dy int)   { p.X += dx; p.Y += dy }
func (p Point) Moved(dx int) Point { p.X += dx; return p }

func mutate(s Shape) Shape {
	s.Name += "!"
	s.Pts[0].X = 99
	s.Tags[0] = "mut"
	s.Center.X = 42
	return s
}

func main() {
	a := Shape{Name: "tri", Pts: [3]Point{{1, 2}, {3, 4}, {5, 6}}, Tags: []string{"t"}, Center: &Point{}}
	b := a
	b.Pts[1].Y = -1
	b.Tags = append(b.Tags, "x")
	c := mutate(a)
	fmt.Println(a.Name, a.Pts, a.Tags, *a.Center)
	fmt.Println(b.Name, b.Pts, b.Tags, *b.Center)
	fmt.Println(c.Name, c.Pts, c.Tags, c.Center == a.Center)
	arr := [2]Shape{a, b}
	arr2 := arr
	arr2[0].Pts[2] = Point{}
	arr2[1].Name = "copy"
	fmt.Println(arr[0].Pts[2], arr[1].Name, arr2[0].Pts[2], arr2[1].Name)
	m := map[string]Point{"p": {1, 1}}
	p := m["p"]
	p.Move(5, 5)
	fmt.Println(m["p"], p)
	m["p"] = m["p"].Moved(10)
	fmt.Println(m["p"])
	mp := map[string]*Point{"q": {2, 2}}
	mp["q"].Move(1, 1)
	mp["q"].X++
	fmt.Println(*mp["q"])
	ma := map[int][2]int{1: {1, 2}}
	v := ma[1]
	v[0] = 100
	fmt.Println(ma, v)
	pts := []Point{{0, 0}, {1, 1}}
	for _, pt := range pts {
		pt.Move(10, 10)
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].Move(10, 10)
	}
	fmt.Println(pts)
	parr := [2]Point{{1, 1}, {2, 2}}
	for i, pt := range parr {
		parr[1].X = 50
		fmt.Print(i, pt, " ")
	}
	fmt.Println(parr)
	sl := parr[:]
	sl[0].Y = 77
	fmt.Println(parr[0])
	ms := map[Point]string{{1, 2}: "a"}
	ms[Point{1, 2}] += "b"
	key := Point{1, 2}
	fmt.Println(ms[key], len(ms))
	type nested struct {
		inner struct{ vals [2]int }
	}
	n1 := nested{}
	n1.inner.vals[1] = 5
	n2 := n1
	n2.inner.vals[1] = 6
	fmt.Println(n1, n2, n1 == n2)
	pa := &arr[0]
	pa.Name = "viaptr"
	fmt.Println(arr[0].Name)
	iface := interface{}(a.Pts)
	pts3 := iface.([3]Point)
	pts3[0].X = -5
	fmt.Println(a.Pts[0].X, iface.([3]Point)[0].X)
	st := struct{ P Point }{Point{3, 3}}
	cp := st
	(&cp.P).Move(1, 1)
	fmt.Println(st, cp)
}
