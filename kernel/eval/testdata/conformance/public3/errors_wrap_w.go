package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{q, ErrNotFound}
}

func main() {
	err := find("select *")
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(wrapped) == err)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	notW := fmt.Errorf("handler: %v", err)
	fmt.Println(notW, errors.Is(notW, ErrNotFound))

	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}
	two := fmt.Errorf("both: %w and %w", ErrNotFound, fs.ErrPermission)
	fmt.Println(two)
	fmt.Println(errors.Is(two, ErrNotFound), errors.Is(two, fs.ErrPermission), errors.Is(two, fs.ErrExist))
	if u, ok := two.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}
