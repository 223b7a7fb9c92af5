package main

import (
	"errors"
	"fmt"
)

type MultiErr struct{ Errs []string }

func (m MultiErr) Error() string { return fmt.Sprint(m.Errs) }

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprint("code ", c.N) }

func main() {
	a := MultiErr{[]string{"x"}}
	w := fmt.Errorf("w: %w", a)
	fmt.Println(errors.Is(w, MultiErr{[]string{"x"}}), errors.Is(w, a))
	var me MultiErr
	fmt.Println(errors.As(w, &me), me.Errs)
	c := fmt.Errorf("c: %w", Code{3})
	fmt.Println(errors.Is(c, Code{3}), errors.Is(c, Code{4}), errors.Is(c, &Code{3}))
	var err error = Code{1}
	fmt.Println(err == Code{1}, err == error(Code{1}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var e1, e2 error = MultiErr{nil}, MultiErr{nil}
		fmt.Println(e1 == e2)
	}()
}
