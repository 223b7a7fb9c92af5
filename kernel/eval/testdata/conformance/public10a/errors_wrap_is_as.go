package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

// LookupError records which table a failed lookup read.
type LookupError struct {
	Table string
	Cause error
}

func (le *LookupError) Unwrap() error { return le.Cause }
func (le *LookupError) Error() string {
	return fmt.Sprintf("lookup in %s: %v", le.Table, le.Cause)
}

func find(table string) error {
	return fmt.Errorf("find: %w", &LookupError{table, ErrNotFound})
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	var le *LookupError
	fmt.Println(errors.As(err, &le), le.Table)
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
