package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type Timeout interface{ Timeout() bool }

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Is(t error) bool { return t == os.ErrDeadlineExceeded }

func main() {
	base := &OpError{"read", timeoutErr{}}
	wrapped := fmt.Errorf("fetch %q: %w", "url", base)
	twice := fmt.Errorf("retry 3: %w", wrapped)
	fmt.Println(twice)
	for e := error(twice); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	var to Timeout
	fmt.Println(errors.As(twice, &to), to.Timeout())
	var op *OpError
	fmt.Println(errors.As(twice, &op), op.Op)
	fmt.Println(errors.Is(twice, os.ErrDeadlineExceeded), errors.Is(twice, io.EOF))
	j := errors.Join(io.EOF, twice)
	fmt.Printf("%v|%q\n", j, j.Error())
	fmt.Println(errors.Is(j, io.EOF), errors.Is(j, os.ErrDeadlineExceeded), errors.As(j, &op))
	nested := fmt.Errorf("outer: %w", errors.Join(fmt.Errorf("a: %w", fs.ErrNotExist), errors.New("b")))
	fmt.Println(nested, errors.Is(nested, fs.ErrNotExist))
	fmt.Printf("%v %+v %s %q\n", base, base, base, base)
	nv := fmt.Errorf("no wrap %v", io.EOF)
	fmt.Println(errors.Unwrap(nv) == nil, errors.Is(nv, io.EOF))
	e2 := fmt.Errorf("%w", nil)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("two %w %w", io.EOF, io.ErrUnexpectedEOF)
	fmt.Println(e3, errors.Is(e3, io.ErrUnexpectedEOF), errors.Unwrap(e3) == nil)
	fmt.Println(errors.ErrUnsupported, errors.Is(fmt.Errorf("x: %w", errors.ErrUnsupported), errors.ErrUnsupported))
	var target *OpError
	fmt.Println(errors.As(io.EOF, &target), target == nil)
}
