package main

import (
	"errors"
	"fmt"
	"strconv"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e HTTPError) Error() string { return strconv.Itoa(e.Code) + " " + e.Msg }
func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Code == e.Code || t.Code == 0)
}

type ValidationErrors []error

func (v ValidationErrors) Error() string {
	return fmt.Sprintf("%d validation errors", len(v))
}
func (v ValidationErrors) Unwrap() []error { return v }

type FieldError struct{ Field string }

func (f *FieldError) Error() string { return "invalid " + f.Field }

var ErrRequired = errors.New("required")

func validate(name string, age int) error {
	var errs ValidationErrors
	if name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if age < 0 {
		errs = append(errs, &FieldError{"age"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	err := fmt.Errorf("fetch: %w", HTTPError{404, "Not Found"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, HTTPError{404, ""}), errors.Is(err, HTTPError{500, ""}), errors.Is(err, HTTPError{}))
	var he HTTPError
	fmt.Println(errors.As(err, &he), he.Code)
	v := validate("", -1)
	fmt.Println(v, errors.Is(v, ErrRequired))
	var fe *FieldError
	fmt.Println(errors.As(v, &fe), fe)
	fmt.Println(validate("ok", 1) == nil)
	var target interface{ Unwrap() []error }
	fmt.Println(errors.As(v, &target), len(target.Unwrap()))
	j := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Printf("%q\n", j.Error())
	fmt.Printf("%v|%s|%+v\n", he, he, he)
	fmt.Printf("%#v\n", he)
	_, perr := strconv.ParseInt("99999999999999999999", 10, 64)
	var ne *strconv.NumError
	fmt.Println(perr, errors.As(perr, &ne), ne.Func, errors.Is(perr, strconv.ErrRange))
}
