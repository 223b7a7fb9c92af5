package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Scale(f float64) Point { return Point{p.X * f, p.Y * f} }
func (p *Point) Move(dx float64)      { p.X += dx }

type Namer interface{ Name() string }
type Cat struct{}

func (Cat) Name() string { return "cat" }

func main() {
	scale := Point.Scale
	fmt.Println(scale(Point{1, 2}, 3))
	move := (*Point).Move
	p := Point{1, 1}
	move(&p, 5)
	fmt.Println(p)
	pscale := (*Point).Scale // value method through a pointer
	fmt.Println(pscale(&p, 2))
	name := Namer.Name
	fmt.Println(name(Cat{}))
	fmt.Printf("%T\n", scale)
	fmt.Printf("%T\n", move)
	up := strings.ToUpper
	fns := map[string]func(Point, float64) Point{"scale": Point.Scale}
	fmt.Println(up("ok"), fns["scale"](Point{2, 2}, 0.5))
}
