package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Namer interface{ Name() string }
type Measurer interface {
	Area() float64
	Perimeter() float64
}
type Shape interface {
	Namer
	Measurer
	fmt.Stringer
}

type named struct{ name string }

func (n named) Name() string { return n.name }

type Circle struct {
	named
	R float64
}
type Rect struct {
	named
	W, H float64
}
type Triangle struct {
	named
	A, B, C float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("%s(r=%g)", c.Name(), c.R) }

func (r *Rect) Area() float64      { return r.W * r.H }
func (r *Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) String() string     { return fmt.Sprintf("%s(%gx%g)", r.Name(), r.W, r.H) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) String() string { return fmt.Sprintf("%s<%g,%g,%g>", t.name, t.A, t.B, t.C) }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type byName struct{ byArea }

func (s byName) Less(i, j int) bool { return s.byArea[i].Name() < s.byArea[j].Name() }

func describe(m Measurer) string {
	var kind string
	switch v := m.(type) {
	case Circle:
		kind = fmt.Sprintf("circle d=%g", 2*v.R)
	case *Rect:
		if v.W == v.H {
			kind = "square"
		} else {
			kind = "rect"
		}
	case interface{ Name() string }:
		kind = "named " + v.Name()
	default:
		kind = "?"
	}
	return kind
}

func main() {
	shapes := []Shape{
		Circle{named{"c1"}, 1},
		&Rect{named{"r1"}, 3, 4},
		Triangle{named{"t1"}, 3, 4, 5},
		&Rect{named{"sq"}, 2, 2},
		Circle{named{"c0"}, 0.5},
	}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-14v area=%7.3f perim=%7.3f %s\n", s, s.Area(), s.Perimeter(), describe(s))
	}
	sort.Sort(byName{shapes})
	names := make([]string, len(shapes))
	for i, s := range shapes {
		names[i] = s.Name()
	}
	fmt.Println(strings.Join(names, ","))
	sort.Sort(sort.Reverse(byArea(shapes)))
	fmt.Println(shapes)
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.4f\n", total)
	var m Measurer = shapes[0]
	if s, ok := m.(Shape); ok {
		fmt.Println("also shape:", s.Name())
	}
	_, isStr := m.(fmt.Stringer)
	_, isCircle := m.(Circle)
	fmt.Println(isStr, isCircle)
}
