package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type CodeError struct{ Code int }

func (e CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }
func (e CodeError) Is(target error) bool {
	t, ok := target.(CodeError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

var ErrValidation = errors.New("validation failed")

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, &FieldError{"name", "empty"})
	}
	if age < 0 {
		errs = append(errs, &FieldError{"age", "negative"})
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrValidation, errors.Join(errs...))
}

func main() {
	err := validate("", -1)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrValidation))
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Println("first field error:", fe.Field)
	}
	fmt.Println(validate("ann", 3) == nil)

	tree := errors.Join(
		fmt.Errorf("load: %w", CodeError{404}),
		errors.Join(os.ErrNotExist, fmt.Errorf("deep: %w", &FieldError{"x", "bad"})),
	)
	fmt.Printf("%q\n", tree.Error())
	fmt.Println(errors.Is(tree, CodeError{}), errors.Is(tree, CodeError{500}), errors.Is(tree, fs.ErrNotExist))
	var ce CodeError
	fmt.Println(errors.As(tree, &ce), ce.Code)
	if errors.As(tree, &fe) {
		fmt.Println(fe)
	}
	if u, ok := tree.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Join(nil, nil) == nil, errors.Unwrap(fmt.Errorf("a: %w", ErrValidation)) == ErrValidation)
	var target interface{ Error() string }
	fmt.Println(errors.As(tree, &target), target)
}
