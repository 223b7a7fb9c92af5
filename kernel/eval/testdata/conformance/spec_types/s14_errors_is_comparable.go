package main

import (
	"errors"
	"fmt"
	"io"
)

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprint("code ", c.N) }

type Wrapped struct{ err error }

func (w *Wrapped) Error() string { return "wrapped: " + w.err.Error() }
func (w *Wrapped) Unwrap() error { return w.err }

type Matcher struct{ prefix string }

func (m Matcher) Error() string        { return m.prefix }
func (m Matcher) Is(target error) bool { return target == io.EOF }

func main() {
	err := &Wrapped{Code{3}}
	fmt.Println(errors.Is(err, Code{3}), errors.Is(err, Code{4}))
	var c Code
	fmt.Println(errors.As(err, &c), c.N)
	fmt.Println(errors.Is(fmt.Errorf("x: %w", Matcher{"m"}), io.EOF))
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(fmt.Errorf("outer: %w", err), &target), target != nil)
	var e error = Code{1}
	var e2 error = Code{1}
	fmt.Println(e == e2, e == error(Code{2}))
	switch v := error(err).(type) {
	case interface{ Unwrap() []error }:
		fmt.Println("multi", v)
	case interface{ Unwrap() error }:
		fmt.Println("single", v.Unwrap())
	}
}
