package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

var ErrEmpty = errors.New("empty")

type codeErr int

func (c codeErr) Error() string   { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(t error) bool { return t == ErrEmpty && c == 0 }

func validate(name string) error {
	if name == "" {
		return &ValidationError{"name", ErrEmpty}
	}
	return nil
}

func main() {
	err := validate("")
	fmt.Println(err, errors.Is(err, ErrEmpty))
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	fmt.Println(errors.Is(codeErr(0), ErrEmpty), errors.Is(codeErr(1), ErrEmpty))
	fmt.Printf("%v %d\n", codeErr(3), codeErr(3))
}
