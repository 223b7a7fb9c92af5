// A type switch whose only clause is default binds its variable to the
// switched value, with the switched expression's type (found in a course
// program: switch T := x.(type) { default: fmt.Printf("%T", T) } printed
// <nil> for every value).
package main

import (
	"errors"
	"fmt"
)

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func describe(x any) string {
	switch v := x.(type) {
	default:
		return fmt.Sprintf("%T %v", v, v)
	}
}

func kind(x any) string {
	switch v := x.(type) {
	case int:
		return fmt.Sprint("int ", v*2)
	default:
		return fmt.Sprintf("other %T %v", v, v)
	case string:
		return "string " + v + "!"
	}
}

func errText(err error) string {
	switch e := err.(type) {
	default:
		if e == nil {
			return "no error"
		}
		return "error: " + e.Error()
	}
}

func main() {
	for _, x := range []any{12.25, 'r', "text", nil, point{1, 2}, []int{3, 4}, map[string]int{"a": 1}, true} {
		fmt.Println(describe(x))
	}
	for _, x := range []any{21, "go", 1.5, nil} {
		fmt.Println(kind(x))
	}
	fmt.Println(errText(errors.New("boom")), "|", errText(nil))

	var s fmt.Stringer = point{5, 6}
	switch v := s.(type) {
	default:
		fmt.Println(v.String(), v)
	}

	n := 0
	for _, x := range []any{1, "two", 3.0} {
		switch v := x.(type) {
		default:
			if v != nil {
				n++
			}
		}
	}
	fmt.Println("counted", n)

	f := func(x any) any {
		switch v := x.(type) {
		default:
			return v
		}
	}
	fmt.Println(f(7), f("seven"), f(nil))
}
