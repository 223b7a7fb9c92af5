package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprint("slice sum ", sum(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	case map[string]int:
		return fmt.Sprint("map with ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	vals := []any{nil, 1, int64(2), "héllo", []int{1, 2, 3}, io.EOF, errors.New("x"),
		name("bob"), Rect{2, 3}, &Circle{1}, Circle{1}, func() int { return 7 },
		map[string]int{"a": 1}, 3.5, uint8(1), [2]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Shape = Rect{1, 1}
	switch s.(type) {
	case *Circle:
		fmt.Println("circle")
	case Rect:
		fmt.Println("rect")
	}
	if r, ok := s.(Rect); ok {
		fmt.Println(r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
}
