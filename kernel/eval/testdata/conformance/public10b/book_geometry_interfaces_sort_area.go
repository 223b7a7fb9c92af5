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
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) String() string { return fmt.Sprintf("Triangle(%g,%g,%g)", t.A, t.B, t.C) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) String() string  { return fmt.Sprintf("Square(%g)", s.W) }

type byArea []Named

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Named{Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, NewSquare(2.5), Circle{0.5}, Rect{1, 10}}
	sort.Sort(byArea(shapes))
	var total float64
	for _, s := range shapes {
		fmt.Printf("%-18v area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	var names []string
	for _, s := range shapes {
		switch v := s.(type) {
		case Square:
			names = append(names, "sq:"+fmt.Sprint(v.W))
		case Rect:
			names = append(names, "rect")
		case Circle, Triangle:
			names = append(names, fmt.Sprintf("%T", v))
		}
	}
	fmt.Println(strings.Join(names, " "))
	var s Shape = NewSquare(3)
	_, isStringer := s.(fmt.Stringer)
	r, isRect := s.(Rect)
	fmt.Println(isStringer, isRect, r)
}
