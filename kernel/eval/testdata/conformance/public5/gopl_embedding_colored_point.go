package main

import (
	"fmt"
	"image/color"
	"math"
	"sync"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(f float64)       { p.X *= f; p.Y *= f }

type ColoredPoint struct {
	Point
	Color color.RGBA
}

type ColoredPointPtr struct {
	*Point
	Color color.RGBA
}

var cache = struct {
	sync.Mutex
	mapping map[string]string
}{mapping: make(map[string]string)}

func Lookup(key string) (string, bool) {
	cache.Lock()
	v, ok := cache.mapping[key]
	cache.Unlock()
	return v, ok
}

func Store(key, v string) {
	cache.Lock()
	defer cache.Unlock()
	cache.mapping[key] = v
}

type Named struct{ Name string }

func (n Named) Describe() string { return "named " + n.Name }

type Labeled struct {
	Named
	Name string
}

func main() {
	var cp ColoredPoint
	cp.X = 1
	fmt.Println(cp.Point.X)
	cp.Point.Y = 2
	fmt.Println(cp.Y)
	fmt.Printf("%v\n%+v\n", cp, cp)

	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	var p = ColoredPoint{Point{1, 1}, red}
	var q = ColoredPoint{Point{5, 4}, blue}
	fmt.Println(p.Distance(q.Point))
	p.ScaleBy(2)
	q.ScaleBy(2)
	fmt.Println(p.Distance(q.Point))

	pp := ColoredPointPtr{&Point{1, 1}, red}
	qq := ColoredPointPtr{&Point{5, 4}, blue}
	fmt.Println(pp.Distance(*qq.Point))
	qq.Point = pp.Point
	pp.ScaleBy(2)
	fmt.Println(*pp.Point, *qq.Point)

	dist := p.Distance
	fmt.Println(dist(Point{}))
	scale := q.ScaleBy
	scale(0.5)
	fmt.Println(q.Point)

	Store("a", "apple")
	Store("b", "banana")
	v, ok := Lookup("a")
	fmt.Println(v, ok)
	v, ok = Lookup("z")
	fmt.Printf("%q %v\n", v, ok)

	l := Labeled{Named{"inner"}, "outer"}
	fmt.Println(l.Name, l.Named.Name, l.Describe())
	fmt.Printf("%+v\n", l)
}
