package main

import (
	"errors"
	"fmt"
)

type problem struct{ code int }

func (p problem) Error() string  { return fmt.Sprintf("problem %d", p.code) }
func (p problem) String() string { return fmt.Sprintf("P(%d)", p.code) }

func main() {
	var err error = problem{7}
	s, ok := err.(fmt.Stringer)
	fmt.Println(ok, s.String())
	var st fmt.Stringer = problem{8}
	e, ok := st.(error)
	fmt.Println(ok, e.Error())
	p, ok := st.(problem)
	fmt.Println(ok, p.code)
	fmt.Println(err, st)
	var target problem
	fmt.Println(errors.As(fmt.Errorf("x: %w", err), &target), target.code)
}
