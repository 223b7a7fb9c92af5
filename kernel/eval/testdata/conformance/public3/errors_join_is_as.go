package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

var ErrEmpty = errors.New("empty input")

func validate(name, age string) error {
	var errs []error
	if name == "" {
		errs = append(errs, ErrEmpty)
		errs = append(errs, ValidationError{"name"})
	}
	if _, err := strconv.Atoi(age); err != nil {
		errs = append(errs, fmt.Errorf("age: %w", err))
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("bob", "30") == nil)
	err := validate("", "x")
	fmt.Println(err)
	fmt.Println("---")
	fmt.Println(errors.Is(err, ErrEmpty))
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	fmt.Println(errors.Join(nil, nil) == nil)
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Printf("%q\n", j.Error())
	for i, e := range j.(interface{ Unwrap() []error }).Unwrap() {
		fmt.Println(i, e)
	}
}
