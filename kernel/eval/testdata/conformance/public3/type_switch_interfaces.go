package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Grow(f float64)    { c.R *= f }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func describe(i any) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case float64:
		return fmt.Sprintf("float %.2f", v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case error:
		return "error: " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case Shape:
		return fmt.Sprintf("shape area %.2f", v.Area())
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = describe(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case func() int:
		return fmt.Sprint("func returning ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type growable interface{ Grow(float64) }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), &Circle{2}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		if g, ok := s.(growable); ok {
			g.Grow(2)
			fmt.Printf("grew %T to %.2f\n", s, s.Area())
		}
		if sq, ok := s.(Square); ok {
			fmt.Println("square side", sq.W)
		}
	}
	fmt.Printf("total %.3f\n", total)
	fmt.Println(describe(nil))
	fmt.Println(describe(42))
	fmt.Println(describe(int64(7)))
	fmt.Println(describe(2.5))
	fmt.Println(describe("héllo"))
	fmt.Println(describe(io.EOF))
	fmt.Println(describe(errors.New("x")))
	fmt.Println(describe(Rect{1, 2}))
	fmt.Println(describe([]any{1, "a", nil, Circle{2}}))
	fmt.Println(describe(func() int { return 9 }))
	fmt.Println(describe(map[string]int{}))
	fmt.Println(describe(uint8(3)))
	var s Shape
	fmt.Println(s == nil, describe(s))
	var c *Circle
	s = c
	fmt.Println(s == nil, s != nil)
}
