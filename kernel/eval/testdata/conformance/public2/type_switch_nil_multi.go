package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (s Sq) Area() float64    { return s.s * s.s }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string " + strconv.Quote(x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Shape:
		return fmt.Sprintf("shape %T %.1f", x, x.Area())
	case []any:
		s := "list["
		for i, e := range x {
			if i > 0 {
				s += ", "
			}
			s += describe(e)
		}
		return s + "]"
	case func() int:
		return "func returning " + strconv.Itoa(x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var sh Shape
	for _, v := range []any{nil, 1, int64(2), "s", io.EOF, errors.New("e"), Sq{2}, &Circ{1}, sh, []any{1, "x", nil}, func() int { return 7 }, 3.5, map[string]int{}} {
		fmt.Println(describe(v))
	}
}
