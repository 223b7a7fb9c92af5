package main

import (
	"errors"
	"fmt"
	"os"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrNotFound = errors.New("not found")

func main() {
	err := fmt.Errorf("access denied: %w", &QueryError{"SELECT 1", ErrNotFound})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Fprintln(os.Stderr, "to stderr:", err)
	fmt.Fprintf(os.Stdout, "%-10s|%10s|\n", "left", "right")
	e2 := fmt.Errorf("user %d: %w", 42, os.ErrPermission)
	fmt.Println(e2, errors.Is(e2, os.ErrPermission))
	e3 := fmt.Errorf("plain: %v", e2)
	fmt.Println(errors.Is(e3, os.ErrPermission))
	e4 := fmt.Errorf("bad verb: %w", "not an error")
	fmt.Println(e4)
}
