package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Method expressions of interface types: I.M is a func whose first
// argument is a value of I.

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Scale(f float64) Shape { return Rect{r.W * f, r.H * f} }
func (r Rect) String() string        { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Square struct{ S float64 }

func (s *Square) Area() float64         { return s.S * s.S }
func (s *Square) Scale(f float64) Shape { return &Square{s.S * f} }

type Summer interface {
	Sum(label string, xs ...int) (string, error)
}

type Base int

func (b Base) Sum(label string, xs ...int) (string, error) {
	t := int(b)
	for _, x := range xs {
		t += x
	}
	if t < 0 {
		return "", errors.New("negative")
	}
	return fmt.Sprint(label, "=", t), nil
}

type Named interface {
	fmt.Stringer
	Area() float64
}

func apply(shapes []Shape, f func(Shape) float64) []float64 {
	var out []float64
	for _, s := range shapes {
		out = append(out, f(s))
	}
	return out
}

func main() {
	area := Shape.Area
	fmt.Println(area(Rect{2, 3}), area(&Square{4}))
	fmt.Println(Shape.Area(Rect{1, 5}))
	var s Shape = &Square{2}
	fmt.Println(Shape.Area(s), area(s))
	scale := Shape.Scale
	fmt.Println(scale(Rect{1, 2}, 3), Shape.Scale(s, 2).Area())
	fmt.Println(apply([]Shape{Rect{1, 1}, &Square{3}, Rect{2, 5}}, Shape.Area))

	sum := Summer.Sum
	fmt.Println(sum(Base(1), "a", 2, 3))
	fmt.Println(sum(Base(1), "b"))
	fmt.Println(Summer.Sum(Base(10), "c", []int{1, 2}...))
	fmt.Println(sum(Base(0), "d", -5))

	str := Named.String // promoted from the embedded fmt.Stringer
	fmt.Println(str(Rect{3, 4}), Named.Area(Rect{3, 4}))

	// Interfaces of the standard library.
	toString := fmt.Stringer.String
	fmt.Println(toString(Rect{7, 8}))
	read := io.Reader.Read
	buf := make([]byte, 4)
	n, err := read(strings.NewReader("gopher"), buf)
	fmt.Println(n, err, string(buf[:n]))
	fmt.Println(error.Error(errors.New("boom")))
	less := sort.Interface.Less
	fmt.Println(less(sort.IntSlice{3, 1}, 1, 0))

	// Types of the expressions.
	fmt.Printf("%T\n%T\n%T\n", toString, read, less)

	// A method expression called with a nil interface value panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var none Shape
	fmt.Println(area(none))
}
