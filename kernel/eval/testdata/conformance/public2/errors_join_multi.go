package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, ValidationError{"name"})
	}
	if age < 0 {
		errs = append(errs, ValidationError{"age"})
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("ann", 3) == nil)
	err := validate("", -1)
	fmt.Println(err)
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	e2 := fmt.Errorf("op failed: %w; also %w", os.ErrNotExist, fs.ErrPermission)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, fs.ErrNotExist), errors.Is(e2, os.ErrPermission), errors.Is(e2, os.ErrClosed))
	_, err = os.Open("/definitely/not/here")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(errors.Unwrap(fmt.Errorf("x: %w", errors.ErrUnsupported)) == errors.ErrUnsupported)
	if u, ok := e2.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}
