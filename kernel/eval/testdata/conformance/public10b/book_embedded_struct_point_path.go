package main

import (
	"fmt"
	"image/color"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(f float64)       { p.X *= f; p.Y *= f }
func (p Point) Add(q Point) Point        { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point        { return Point{p.X - q.X, p.Y - q.Y} }

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

type ColoredPoint struct {
	*Point
	Color color.RGBA
}

func main() {
	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	p := ColoredPoint{&Point{1, 1}, red}
	q := ColoredPoint{&Point{5, 4}, blue}
	fmt.Println(p.Distance(*q.Point))
	q.Point = p.Point
	p.ScaleBy(2)
	fmt.Println(*p.Point, *q.Point)

	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())
	perim.TranslateBy(Point{1, 1}, true)
	fmt.Println(perim)
	perim.TranslateBy(Point{2, 2}, false)
	fmt.Println(perim)

	pp := Point{1, 2}
	distanceFromP := pp.Distance
	scaleP := pp.ScaleBy
	fmt.Println(distanceFromP(Point{4, 6}))
	scaleP(3)
	fmt.Println(pp, distanceFromP(Point{4, 6}))
	distance := Point.Distance
	scale := (*Point).ScaleBy
	scale(&pp, 0.5)
	fmt.Println(distance(pp, Point{0, 0}))
	fmt.Printf("%T\n%T\n", distance, scale)
	fmt.Printf("%v %+v\n", red, p.Color)
}
