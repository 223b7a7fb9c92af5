package main

import (
	"errors"
	"fmt"
)

type F func() int

func (f F) Error() string  { return fmt.Sprintf("ferr %d", f()) }
func (f F) String() string { return fmt.Sprintf("fstr %d", f()) }

type S func() string

func (s S) String() string { return "S:" + s() }

type H struct {
	St fmt.Stringer
	E  error
}

func main() {
	f := F(func() int { return 1 })
	fmt.Println([]fmt.Stringer{f}, f, []error{f})
	var s fmt.Stringer = f
	fmt.Printf("%v %s %T\n", s, s, s)
	fmt.Println(H{f, f}, H{S(func() string { return "x" }), nil})
	e, ok := s.(error)
	fmt.Println(ok, e)
	var target F
	fmt.Println(errors.As(fmt.Errorf("w: %w", f), &target), target())
	fmt.Println(S(func() string { return "y" }), []fmt.Stringer{S(func() string { return "z" })})
	m := map[string]fmt.Stringer{"f": f}
	fmt.Println(m)
}
