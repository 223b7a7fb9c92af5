package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

type OpError struct {
	Op   string
	Path string
	Err  error
}

func (e *OpError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type TimeoutErr struct{ After int }

func (t TimeoutErr) Error() string   { return "timeout after " + strconv.Itoa(t.After) + "ms" }
func (t TimeoutErr) Timeout() bool   { return true }
func (t TimeoutErr) Is(e error) bool { return e == os.ErrDeadlineExceeded }

type Validation struct{ Fields map[string]string }

func (v Validation) Error() string { return fmt.Sprintf("%d invalid fields", len(v.Fields)) }

func classify(err error) string {
	var op *OpError
	var to interface{ Timeout() bool }
	var v Validation
	var ne *strconv.NumError
	var pe *fs.PathError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &v):
		return fmt.Sprintf("validation(%d)", len(v.Fields))
	case errors.As(err, &to) && to.Timeout():
		return "timeout"
	case errors.As(err, &ne):
		return "number:" + ne.Func
	case errors.As(err, &pe):
		return "path:" + pe.Op
	case errors.As(err, &op):
		return "op:" + op.Op
	case errors.Is(err, io.EOF):
		return "eof"
	}
	return "unknown"
}

func main() {
	_, convErr := strconv.Atoi("12a")
	errs := []error{
		nil,
		&OpError{"read", "/tmp/x", io.EOF},
		fmt.Errorf("fetch: %w", &OpError{"dial", "host", TimeoutErr{500}}),
		fmt.Errorf("parse config: %w", convErr),
		Validation{map[string]string{"a": "required", "b": "too long"}},
		fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", io.ErrUnexpectedEOF)),
		&fs.PathError{Op: "open", Path: "missing.txt", Err: fs.ErrNotExist},
		errors.Join(io.EOF, Validation{map[string]string{"x": "bad"}}),
		fmt.Errorf("multi: %w; %w", TimeoutErr{10}, io.EOF),
		errors.New("plain"),
	}
	for i, e := range errs {
		fmt.Printf("%d %-10s eof=%-5v deadline=%-5v notexist=%-5v | %v\n", i, classify(e), errors.Is(e, io.EOF), errors.Is(e, os.ErrDeadlineExceeded), errors.Is(e, fs.ErrNotExist), e)
	}
	chain := fmt.Errorf("l1: %w", fmt.Errorf("l2: %w", &OpError{"write", "f", errors.New("disk full")}))
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	j := errors.Join(errors.New("first"), errors.New("second"))
	fmt.Printf("%q %v\n", j.Error(), errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(fmt.Errorf("no wrap: %v", io.EOF) == io.EOF, errors.Is(fmt.Errorf("no wrap: %v", io.EOF), io.EOF))
}
