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
	return fmt.Errorf("find: %w", &QueryError{q, ErrNotFound})
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	var qe *QueryError
	fmt.Println(errors.As(err, &qe), qe.Query)
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	joined := errors.Join(ErrNotFound, fs.ErrExist)
	fmt.Println(errors.Is(joined, fs.ErrExist))
	fmt.Printf("%q\n", joined.Error())
	multi := fmt.Errorf("two: %w and %w", ErrNotFound, fs.ErrPermission)
	fmt.Println(errors.Is(multi, fs.ErrPermission), multi)
	_, err = os.Open("/nonexistent/file")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, fs.ErrNotExist))
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound) == nil, errors.Is(fmt.Errorf("%v", ErrNotFound), ErrNotFound))
}
