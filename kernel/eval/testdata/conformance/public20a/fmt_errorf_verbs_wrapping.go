package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Detail struct {
	Field string
	Value any
}

func (d Detail) String() string { return d.Field + "=" + fmt.Sprint(d.Value) }

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("%w", base)
	e2 := fmt.Errorf("ctx %d: %w", 7, e1)
	e3 := fmt.Errorf("%v | %s | %q", base, base, base)
	e4 := fmt.Errorf("code: %w", Code(404))
	e5 := fmt.Errorf("detail %v %+v %s", Detail{"x", 1}, Detail{"y", []int{2}}, Detail{"z", nil})
	e6 := fmt.Errorf("%w and %w", base, Code(500))
	e7 := fmt.Errorf("not an error: %w", "str")
	e8 := fmt.Errorf("nil: %w", nil)
	for i, e := range []error{e1, e2, e3, e4, e5, e6, e7, e8} {
		fmt.Printf("%d %q is-base=%v unwrap-nil=%v\n", i+1, e.Error(), errors.Is(e, base), errors.Unwrap(e) == nil)
	}
	var c Code
	fmt.Println(errors.As(e6, &c), c)
	fmt.Printf("%v|%s|%d|%x\n", Code(1), Code(2), Code(3), Code(255))
	fmt.Printf("%v %T\n", e2, e2)
	fmt.Printf("[%10v] [%-10s]\n", base, base)
	wrapped := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", Code(1))))
	depth := 0
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println(depth, wrapped)
	fmt.Println(fmt.Sprintf("%v", []error{base, Code(9), nil}))
	fmt.Println(fmt.Sprint(base, Code(3)), fmt.Sprintln(base, Code(4)) == "base code 4\n")
}
