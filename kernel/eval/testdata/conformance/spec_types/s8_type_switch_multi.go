package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	case []int:
		return fmt.Sprint("ints ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "abc", errors.New("e"), Sq(3), []int{1}, func() int { return 7 }, 2.5, map[string]int{}} {
		fmt.Println(kind(v))
	}
	var s Shape
	_, ok := s.(Sq)
	fmt.Println(ok)
	s = Sq(2)
	if q, ok := s.(Sq); ok {
		fmt.Println(q * 2)
	}
}
