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

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Scaled struct {
	Shape
	K float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Scaled) Area() float64      { return s.Shape.Area() * s.K * s.K }
func (s Scaled) Perimeter() float64 { return s.Shape.Perimeter() * s.K }
func (s Scaled) String() string     { return fmt.Sprintf("%v×%g", s.Shape, s.K) }

func scale(s Shape, k float64) Shape { return Scaled{s, k} }
func biggest(shapes ...Shape) Shape {
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	return shapes[0]
}
func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Scaled:
		return "scaled(" + describe(v.Shape) + ")"
	case nil:
		return "nothing"
	}
	return "unknown"
}

var ErrDegenerate = errors.New("degenerate shape")

type ShapeError struct {
	S   Shape
	Err error
}

func (e *ShapeError) Error() string { return describe(e.S) + ": " + e.Err.Error() }
func (e *ShapeError) Unwrap() error { return e.Err }

func validate(s Shape) error {
	if s.Area() == 0 {
		return &ShapeError{s, ErrDegenerate}
	}
	return nil
}

func report(err error) string {
	var se *ShapeError
	switch {
	case err == nil:
		return "valid"
	case errors.As(err, &se):
		return "invalid " + describe(se.S) + " (" + fmt.Sprint(errors.Is(err, ErrDegenerate)) + ")"
	}
	return "?"
}

func main() {
	fmt.Println(describe(scale(Circle{1}, 2)))
	fmt.Println(describe(scale(scale(Rect{1, 2}, 3), 0.5)))
	fmt.Printf("%.3f %.3f\n", scale(Circle{1}, 2).Area(), scale(Rect{1, 2}, 3).Perimeter())
	fmt.Println(describe(biggest(Circle{1}, Rect{2, 2}, scale(Circle{0.5}, 3))))
	fmt.Println(report(validate(Rect{0, 5})), "|", report(validate(scale(Circle{1}, 1))))
	fmt.Println(report(validate(scale(Rect{3, 0}, 2))))
	fmt.Println(scale(Rect{1, 1}, 2), describe(nil))
	shapes := []Shape{Rect{3, 4}, scale(Circle{1}, 1), Circle{2}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.2f %d\n", total, len(shapes))
	m := map[string]Shape{"a": scale(Rect{1, 1}, 10)}
	fmt.Println(describe(m["a"]), describe(m["missing"]))
}
