package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Coded interface {
	error
	Code() int
}

type HTTPError struct {
	Status int
	Msg    string
}

func (e HTTPError) Error() string { return strconv.Itoa(e.Status) + " " + e.Msg }
func (e HTTPError) Code() int     { return e.Status }

type DBError struct {
	Query string
	Err   error
}

func (e *DBError) Error() string { return "db: " + e.Query + ": " + e.Err.Error() }
func (e *DBError) Unwrap() error { return e.Err }
func (e *DBError) As(target any) bool {
	if p, ok := target.(*HTTPError); ok {
		*p = HTTPError{500, "database"}
		return true
	}
	return false
}

var ErrNoRows = errors.New("no rows")

func classify(err error) string {
	var c Coded
	var h HTTPError
	var d *DBError
	switch {
	case errors.As(err, &d) && errors.Is(err, ErrNoRows):
		return "missing row in " + d.Query
	case errors.As(err, &c):
		return fmt.Sprintf("coded %d", c.Code())
	case errors.As(err, &h):
		return "http " + h.Msg
	}
	return "other: " + err.Error()
}

func main() {
	errs := []error{
		HTTPError{404, "not found"},
		fmt.Errorf("handler: %w", HTTPError{403, "forbidden"}),
		&DBError{"select 1", ErrNoRows},
		&DBError{"update", errors.New("locked")},
		errors.New("plain"),
	}
	for _, e := range errs {
		fmt.Println(classify(e))
	}
	var h HTTPError
	fmt.Println(errors.As(&DBError{"q", nil}, &h), h)
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var s string
		errors.As(errs[0], &s)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		errors.As(errs[0], nil)
	}()
}
