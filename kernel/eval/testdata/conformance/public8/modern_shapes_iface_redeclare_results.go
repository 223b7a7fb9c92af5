package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type ParseError struct {
	Input string
}

func (e *ParseError) Error() string { return "cannot parse " + e.Input }

func parseRect(s string) (Rect, *ParseError) {
	var r Rect
	if _, err := fmt.Sscanf(s, "%gx%g", &r.W, &r.H); err != nil {
		return r, &ParseError{s}
	}
	return r, nil
}

func main() {
	var best Shape = Circle{1}
	describe := func() string { return fmt.Sprintf("%T %.2f", best, best.Area()) }
	best, perr := parseRect("3x4")
	fmt.Println(describe(), perr == nil)
	shapes := []Shape{best, Circle{2}, Rect{1, 1}}
	best = shapes[1]
	fmt.Println(describe())
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Perimeter() < shapes[j].Perimeter() })
	for _, s := range shapes {
		fmt.Printf("%-18v %7.3f\n", s, s.Perimeter())
	}
	var err error
	r, err := parseRect("wide")
	var pe *ParseError
	fmt.Println(r, err, errors.As(err, &pe), pe.Input)
}
