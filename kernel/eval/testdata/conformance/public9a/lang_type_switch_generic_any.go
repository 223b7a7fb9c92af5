package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type Celsius float64
type Temp interface{ C() Celsius }

func (c Celsius) C() Celsius     { return c }
func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Fahrenheit float64

func (f Fahrenheit) C() Celsius { return Celsius((f - 32) * 5 / 9) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case Celsius:
		return "celsius " + x.String()
	case Temp:
		return "temp " + x.C().String()
	case error:
		var me *MyErr
		if errors.As(x, &me) {
			return fmt.Sprintf("my error %d", me.Code)
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

func Classify[T any](v T) string {
	switch any(v).(type) {
	case string:
		return "string"
	case interface{ C() Celsius }:
		return "has C"
	}
	return fmt.Sprintf("%T", v)
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	n := 5
	var np *int
	var e error = &MyErr{7}
	wrapped := fmt.Errorf("ctx: %w", e)
	vals := []any{nil, 3, int64(4), Celsius(21.5), Fahrenheit(212), e, wrapped, io.EOF,
		[]any{1, Celsius(0), "s"}, map[string]any{"a": 1}, func() string { return "hi" },
		make(chan int, 4), &n, np, 2.5, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	fmt.Println(Classify("x"), Classify(Fahrenheit(1)), Classify(3), Classify([]Celsius{}))
	fmt.Println(Sum(1, 2, 3), Sum(Celsius(1.5), 2.25), Sum[float64]())
	var t Temp = Fahrenheit(50)
	if c, ok := t.(Celsius); ok {
		fmt.Println("celsius?", c)
	} else if s, ok := t.(fmt.Stringer); ok {
		fmt.Println("stringer?", s)
	} else {
		fmt.Println("neither", t.C())
	}
}
