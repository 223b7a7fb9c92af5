package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

type Path []Point

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type Rocket struct {
	name     string
	launched []string
}

func (r *Rocket) Launch() { r.launched = append(r.launched, r.name) }

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	distanceFromP := p.Distance
	fmt.Println(distanceFromP(q))
	var origin Point
	fmt.Println(distanceFromP(origin))
	p = Point{100, 100}
	fmt.Println(distanceFromP(origin))

	scaleP := p.ScaleBy
	scaleP(2)
	scaleP(3)
	fmt.Println(p)

	distance := Point.Distance
	fmt.Println(distance(p, q))
	fmt.Printf("%T\n", distance)
	scale := (*Point).ScaleBy
	scale(&p, 0.5)
	fmt.Println(p)
	fmt.Printf("%T\n", scale)

	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())
	perim.TranslateBy(Point{1, 1}, true)
	fmt.Println(perim)
	perim.TranslateBy(Point{2, 0}, false)
	fmt.Println(perim)

	r := &Rocket{name: "apollo"}
	funcs := []func(){r.Launch, r.Launch}
	r.name = "gemini"
	for _, f := range funcs {
		f()
	}
	fmt.Println(r.launched)

	pts := []Point{{3, 4}, {6, 8}}
	fs := make([]func(Point) float64, 0)
	for _, pt := range pts {
		fs = append(fs, pt.Distance)
	}
	pts[0] = Point{}
	for _, f := range fs {
		fmt.Println(f(Point{}))
	}
	(&pts[1]).ScaleBy(10)
	pts[1].ScaleBy(0.1)
	fmt.Println(pts)
	m := map[string]Point{"a": {1, 1}}
	fmt.Println(m["a"].Distance(Point{4, 5}))
}
