package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r Rect) Name() string         { return "rect" }
func (s Square) Name() string       { return "square" }
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) Name() string       { return "triangle" }

type ByArea []Named

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

func main() {
	shapes := []Named{Circle{1}, Rect{3, 4}, Square{Rect{2, 2}}, &Triangle{3, 4, 5}, Circle{0.5}}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-8s %7.3f %7.3f %v\n", s.Name(), s.Area(), s.Perimeter(), s)
	}
	sort.Sort(sort.Reverse(ByArea(shapes)))
	var names []string
	for _, s := range shapes {
		names = append(names, s.Name())
	}
	fmt.Println(strings.Join(names, ">"))
	var total float64
	for _, s := range shapes {
		if sq, ok := s.(Square); ok {
			fmt.Println("square side", sq.W, sq.Rect.Name(), sq)
		}
		switch v := s.(type) {
		case Circle:
			total += v.R
		case *Triangle:
			total += v.A
		case fmt.Stringer:
			fmt.Println("stringer:", v)
		}
	}
	fmt.Println(total, sort.IsSorted(ByArea(shapes)))
}
