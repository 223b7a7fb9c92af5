package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func (e *HTTPError) Is(target error) bool {
	t, ok := target.(*HTTPError)
	if !ok {
		return false
	}
	return t.Code == e.Code || t.Code == 0
}

var ErrNotFound = &HTTPError{Code: 404}
var ErrAny = &HTTPError{}

type timeout interface{ Timeout() bool }

type netErr struct{}

func (netErr) Error() string   { return "i/o timeout" }
func (netErr) Timeout() bool   { return true }
func (netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("fetch /x: %w", &HTTPError{404, "Not Found"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	fmt.Println(errors.Is(err, ErrAny))
	fmt.Println(errors.Is(err, &HTTPError{Code: 500}))
	var he *HTTPError
	fmt.Println(errors.As(err, &he), he.Msg)

	e2 := fmt.Errorf("dial: %w", netErr{})
	var t timeout
	if errors.As(e2, &t) {
		fmt.Println("timeout?", t.Timeout())
	}
	var target interface{ Temporary() bool }
	fmt.Println(errors.As(e2, &target), target.Temporary())
}
