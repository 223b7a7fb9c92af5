package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

// Is matches any HTTPError of the same class (4xx, 5xx).
func (e *HTTPError) Is(target error) bool {
	t, ok := target.(*HTTPError)
	return ok && t.Code/100 == e.Code/100 && t.Msg == ""
}

var (
	ClientErr = &HTTPError{Code: 400}
	ServerErr = &HTTPError{Code: 500}
)

type TempErr struct{ error }

func (TempErr) Temporary() bool { return true }
func (t TempErr) Unwrap() error { return t.error }

type MultiErr []error

func (m MultiErr) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m MultiErr) Unwrap() []error { return m }

type codeHolder interface{ Code() int }

type coded struct{ c int }

func (c coded) Error() string { return fmt.Sprintf("code %d", c.c) }
func (c coded) Code() int     { return c.c }

// As lets a coded error be seen as an *HTTPError.
func (c coded) As(target any) bool {
	if p, ok := target.(**HTTPError); ok {
		*p = &HTTPError{Code: c.c, Msg: "from coded"}
		return true
	}
	return false
}

func classify(err error) string {
	var he *HTTPError
	var tmp interface{ Temporary() bool }
	var ch codeHolder
	var pe *fs.PathError
	s := ""
	if errors.Is(err, ClientErr) {
		s += " client"
	}
	if errors.Is(err, ServerErr) {
		s += " server"
	}
	if errors.Is(err, io.EOF) {
		s += " eof"
	}
	if errors.Is(err, fs.ErrNotExist) {
		s += " notexist"
	}
	if errors.As(err, &he) {
		s += fmt.Sprintf(" http=%d(%s)", he.Code, he.Msg)
	}
	if errors.As(err, &tmp) {
		s += fmt.Sprintf(" temp=%t", tmp.Temporary())
	}
	if errors.As(err, &ch) {
		s += fmt.Sprintf(" code=%d", ch.Code())
	}
	if errors.As(err, &pe) {
		s += " path=" + pe.Op
	}
	return s
}

func main() {
	_, ferr := os.Open("/definitely/not/here.txt")
	errs := []error{
		&HTTPError{404, "not found"},
		fmt.Errorf("fetch: %w", &HTTPError{503, "unavailable"}),
		TempErr{fmt.Errorf("read: %w", io.EOF)},
		MultiErr{io.EOF, &HTTPError{418, "teapot"}},
		fmt.Errorf("a: %w, b: %w", coded{502}, TempErr{io.ErrUnexpectedEOF}),
		errors.Join(ferr, nil, TempErr{ClientErr}),
		fmt.Errorf("open: %w", ferr),
		fmt.Errorf("no wrap: %v", io.EOF),
		nil,
	}
	for i, err := range errs {
		fmt.Printf("%d %v ->%s\n", i, err, classify(err))
	}
	fmt.Println(errors.Unwrap(errs[1]) == nil, errors.Unwrap(errs[3]) == nil, errors.Unwrap(errors.Unwrap(errs[2])) == io.EOF)
	j := errors.Join(errors.New("x"), errors.New("y"))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Join(nil, nil) == nil)
}
