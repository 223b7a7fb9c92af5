package main

import (
	"errors"
	"fmt"
	"strconv"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.message) }

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type ValidationError struct {
	Field string
	Errs  []error
}

func (v ValidationError) Error() string   { return v.Field + ": " + errors.Join(v.Errs...).Error() }
func (v ValidationError) Unwrap() []error { return v.Errs }

func validate(age string) error {
	var errs []error
	n, err := strconv.Atoi(age)
	if err != nil {
		errs = append(errs, err)
	}
	if n < 0 {
		errs = append(errs, errors.New("negative"))
	}
	if len(errs) == 0 {
		return nil
	}
	return ValidationError{"age", errs}
}

func main() {
	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg, ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}
	err = validate("x")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func)
	fmt.Println(validate("-3"), validate("5") == nil)
	var ve ValidationError
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", validate("-1")), &ve), ve.Field, len(ve.Errs))
}
