package main

import (
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'f', 2, 64)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprint("ints ", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return "<" + string(n) + ">" }

func main() {
	vals := []any{nil, 1, int64(2), 2.5, "abc", []int{1, 2}, fmt.Errorf("e"), name("n"), Square{2}, &Circle{1}, Circle{1}, func() int { return 7 }, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
