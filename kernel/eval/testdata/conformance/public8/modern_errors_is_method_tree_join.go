package main

import (
	"errors"
	"fmt"
	"slices"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func (e HTTPError) Is(target error) bool {
	switch target {
	case ErrClient:
		return e.Code >= 400 && e.Code < 500
	case ErrServer:
		return e.Code >= 500
	}
	return false
}

var (
	ErrClient = errors.New("client error")
	ErrServer = errors.New("server error")
)

type multi struct{ errs []error }

func (m *multi) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m *multi) Unwrap() []error { return m.errs }

func walk(err error, depth int, visit func(error, int)) {
	if err == nil {
		return
	}
	visit(err, depth)
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			walk(e, depth+1, visit)
		}
	case interface{ Unwrap() error }:
		walk(u.Unwrap(), depth+1, visit)
	}
}

func main() {
	errs := &multi{[]error{
		fmt.Errorf("fetch /a: %w", HTTPError{404, "not found"}),
		fmt.Errorf("fetch /b: %w", fmt.Errorf("retry 3: %w", HTTPError{503, "unavailable"})),
		errors.Join(errors.New("plain"), HTTPError{418, "teapot"}),
	}}
	fmt.Println(errors.Is(errs, ErrClient), errors.Is(errs, ErrServer))
	var he HTTPError
	fmt.Println(errors.As(errs, &he), he.Code)
	walk(errs, 0, func(e error, d int) {
		fmt.Printf("%*s%T: %v\n", d*2, "", e, e)
	})
	var codes []int
	walk(errs, 0, func(e error, _ int) {
		if h, ok := e.(HTTPError); ok {
			codes = append(codes, h.Code)
		}
	})
	slices.Sort(codes)
	fmt.Println(codes)
	fmt.Println(errors.Is(HTTPError{500, "x"}, ErrClient), errors.Is(fmt.Errorf("%w", HTTPError{401, "y"}), ErrClient))
}
