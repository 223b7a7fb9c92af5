package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrNotFound = errors.New("not found")

func lookup(key string) error {
	if key == "" {
		return &QueryError{Query: "<empty>", Err: ErrNotFound}
	}
	if key == "io" {
		return &QueryError{Query: key, Err: io.ErrUnexpectedEOF}
	}
	return nil
}

func service(key string) error {
	if err := lookup(key); err != nil {
		return fmt.Errorf("service(%q): %w", key, err)
	}
	return nil
}

func handler(key string) error {
	if err := service(key); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func chain(err error) []string {
	var out []string
	for err != nil {
		out = append(out, fmt.Sprintf("%T", err))
		err = errors.Unwrap(err)
	}
	return out
}

func main() {
	for _, k := range []string{"", "io", "ok"} {
		err := handler(k)
		fmt.Println(err)
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), "is EOF-ish:", errors.Is(err, io.ErrUnexpectedEOF))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query:", qe.Query, "inner:", qe.Err)
		}
		fmt.Println("  chain:", chain(err))
	}
	_, err := os.Open("/definitely/not/here.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	wrapped := fmt.Errorf("load config: %w", err)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), errors.Unwrap(errors.Unwrap(wrapped)) == pe.Err)
	noWrap := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap) == nil)
}
