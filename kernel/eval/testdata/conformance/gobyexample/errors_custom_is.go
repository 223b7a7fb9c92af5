package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFoundError struct {
	Name string
}

func (e NotFoundError) Error() string { return e.Name + ": not found" }

func (e NotFoundError) Is(target error) bool {
	t, ok := target.(NotFoundError)
	return ok && (t.Name == "" || t.Name == e.Name)
}

type TimeoutError struct {
	Op  string
	Err error
}

func (e *TimeoutError) Error() string { return e.Op + " timed out: " + e.Err.Error() }
func (e *TimeoutError) Unwrap() error { return e.Err }

var ErrBase = errors.New("base failure")

func lookup(name string) error {
	if name == "x" {
		return fmt.Errorf("lookup: %w", NotFoundError{name})
	}
	return &TimeoutError{"dial " + name, ErrBase}
}

func main() {
	e1 := lookup("x")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, NotFoundError{}), errors.Is(e1, NotFoundError{"y"}))
	var nf NotFoundError
	fmt.Println(errors.As(e1, &nf), nf.Name)
	e2 := lookup("db")
	fmt.Println(e2, errors.Is(e2, ErrBase))
	var te *TimeoutError
	if errors.As(e2, &te) {
		fmt.Println("op:", te.Op)
	}
	_, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
	multi := errors.Join(e1, e2)
	fmt.Println(errors.Is(multi, ErrBase), errors.Is(multi, NotFoundError{"x"}))
	fmt.Printf("%v|%q\n", multi, fmt.Errorf("two: %w and %w", ErrBase, e1).Error())
}
