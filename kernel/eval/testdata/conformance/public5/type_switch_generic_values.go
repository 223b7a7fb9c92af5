package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

type Celsius float64
type Temp interface{ Kelvin() float64 }

func (c Celsius) Kelvin() float64 { return float64(c) + 273.15 }

type Point struct{ X, Y int }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		if x == "" {
			return "empty string"
		}
		return "string " + strconv.Quote(x)
	case []int:
		return fmt.Sprintf("ints len=%d", len(x))
	case map[string]any:
		return fmt.Sprintf("object with %d keys", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case Temp:
		return fmt.Sprintf("temp %.2fK", x.Kelvin())
	case Point, *Point:
		return fmt.Sprintf("point %v", x)
	case func() int:
		return fmt.Sprint("func returning ", x())
	case chan int:
		return fmt.Sprint("chan cap ", cap(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Sum[T int | float64](vals ...any) (T, int) {
	var total T
	skipped := 0
	for _, v := range vals {
		switch n := v.(type) {
		case T:
			total += n
		case int:
			total += T(n)
		default:
			skipped++
		}
	}
	return total, skipped
}

func main() {
	values := []any{
		nil, 42, int64(7), 3.5, "", "hi", []int{1, 2}, map[string]any{"a": 1},
		errors.New("boom"), time.Second, Celsius(20), Point{1, 2}, &Point{3, 4},
		func() int { return 9 }, make(chan int, 4), uint8(1), [2]bool{},
	}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	fmt.Println(Sum[float64](1, 2.5, "x", 3))
	fmt.Println(Sum[int](1, 2.5, "x", 3))
}
