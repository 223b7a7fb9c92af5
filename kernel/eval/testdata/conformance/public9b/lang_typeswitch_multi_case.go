package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type Celsius float64
type Temp interface{ C() float64 }

func (c Celsius) C() float64 { return float64(c) }

type Fahrenheit float64

func (f Fahrenheit) C() float64 { return (float64(f) - 32) * 5 / 9 }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'f', 2, 64)
	case Celsius:
		return fmt.Sprintf("celsius %.1f", x.C())
	case Temp:
		return fmt.Sprintf("temp %.1fC via %T", x.C(), x)
	case error:
		if errors.Is(x, io.EOF) {
			return "EOF error"
		}
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []any:
		s := "list["
		for i, e := range x {
			if i > 0 {
				s += ", "
			}
			s += describe(e)
		}
		return s + "]"
	case map[string]any:
		return fmt.Sprintf("map with %d keys", len(x))
	case func() string:
		return "func -> " + x()
	case chan int:
		return fmt.Sprintf("chan cap %d", cap(x))
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("*int ", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return "N(" + string(n) + ")" }

func main() {
	n := 5
	vals := []any{nil, 1, int64(2), int32(3), 2.5, Celsius(20), Fahrenheit(212), io.EOF,
		fmt.Errorf("wrap: %w", io.EOF), errors.New("x"), name("bob"),
		[]any{1, "s", Celsius(1)}, map[string]any{"a": 1}, func() string { return "hi" },
		make(chan int, 3), &n, (*int)(nil), struct{}{}, "plain"}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var t Temp = Fahrenheit(32)
	switch t.(type) {
	case Celsius, Fahrenheit:
		fmt.Printf("one of two: %T\n", t)
	}
	switch v := any(t).(type) {
	case interface{ C() float64 }:
		fmt.Println("anon iface", v.C())
	}
}
