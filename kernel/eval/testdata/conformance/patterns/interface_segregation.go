package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface{ Name() string }

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (s Square) Name() string     { return "square" }
func (t Tri) Area() float64 {
	s := t.Perimeter() / 2
	p := s * (s - t.A) * (s - t.B) * (s - t.C)
	x := p
	for i := 0; i < 30; i++ {
		x = (x + p/x) / 2
	}
	return x
}
func (t Tri) Perimeter() float64 { return t.A + t.B + t.C }

func main() {
	shapes := []Shape{Rect{3, 4}, Square{Rect{2, 2}}, Tri{3, 4, 5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		name := "?"
		if n, ok := s.(Named); ok {
			name = n.Name()
		}
		_, isNS := s.(NamedShape)
		fmt.Printf("%-6s %6.2f %6.2f %v %T\n", name, s.Area(), s.Perimeter(), isNS, s)
	}
	var names []string
	for _, s := range shapes {
		if ns, ok := s.(NamedShape); ok {
			names = append(names, strings.ToUpper(ns.Name()))
		}
	}
	fmt.Println(names)
}
