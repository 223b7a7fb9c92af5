package main

import (
	"fmt"
	"math"
	"sort"
)

type Vec struct{ X, Y float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y} }
func (a Vec) Sub(b Vec) Vec       { return Vec{a.X - b.X, a.Y - b.Y} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k} }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y }
func (a Vec) Cross(b Vec) float64 { return a.X*b.Y - a.Y*b.X }
func (a Vec) Len() float64        { return math.Hypot(a.X, a.Y) }
func (a Vec) String() string      { return fmt.Sprintf("(%.2f, %.2f)", a.X, a.Y) }
func (a *Vec) Normalize()         { l := a.Len(); a.X /= l; a.Y /= l }
func (a Vec) Rotate(deg float64) Vec {
	r := deg * math.Pi / 180
	s, c := math.Sincos(r)
	return Vec{a.X*c - a.Y*s, a.X*s + a.Y*c}
}

type Polygon []Vec

func (p Polygon) Area() float64 {
	var s float64
	for i := range p {
		s += p[i].Cross(p[(i+1)%len(p)])
	}
	return math.Abs(s) / 2
}

func (p Polygon) Centroid() Vec {
	var c Vec
	for _, v := range p {
		c = c.Add(v)
	}
	return c.Scale(1 / float64(len(p)))
}

// ConvexHull with Andrew's monotone chain.
func ConvexHull(pts []Vec) Polygon {
	ps := append([]Vec(nil), pts...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].X != ps[j].X {
			return ps[i].X < ps[j].X
		}
		return ps[i].Y < ps[j].Y
	})
	var hull []Vec
	for pass := 0; pass < 2; pass++ {
		start := len(hull)
		for _, p := range ps {
			for len(hull) >= start+2 && hull[len(hull)-1].Sub(hull[len(hull)-2]).Cross(p.Sub(hull[len(hull)-2])) <= 0 {
				hull = hull[:len(hull)-1]
			}
			hull = append(hull, p)
		}
		hull = hull[:len(hull)-1]
		for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
			ps[i], ps[j] = ps[j], ps[i]
		}
	}
	return hull
}

func main() {
	a, b := Vec{3, 4}, Vec{1, -2}
	fmt.Println(a.Add(b), a.Sub(b), a.Scale(0.5), a.Dot(b), a.Cross(b), a.Len())
	n := a
	n.Normalize()
	fmt.Println(n, a, Vec{1, 0}.Rotate(90), Vec{1, 1}.Rotate(-45))
	sq := Polygon{{0, 0}, {4, 0}, {4, 4}, {0, 4}}
	fmt.Println(sq.Area(), sq.Centroid())
	pts := []Vec{{0, 0}, {1, 1}, {2, 2}, {2, 0}, {2, 4}, {3, 3}, {0, 3}, {1, 2}, {4, 1}}
	hull := ConvexHull(pts)
	fmt.Println(hull, hull.Area())
	vs := []fmt.Stringer{a, &b, Vec{}}
	fmt.Println(vs)
	add := Vec.Add
	norm := (*Vec).Normalize
	v := Vec{0, 5}
	norm(&v)
	fmt.Println(add(v, Vec{1, 1}), Vec{}.Len())
}
