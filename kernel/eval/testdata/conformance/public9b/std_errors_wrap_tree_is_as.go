package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }
func (e NotFound) Is(target error) bool {
	return target == fs.ErrNotExist
}

type Temporary interface{ Temporary() bool }

type NetErr struct {
	Op    string
	Retry bool
	Err   error
}

func (e *NetErr) Error() string   { return e.Op + ": " + e.Err.Error() }
func (e *NetErr) Unwrap() error   { return e.Err }
func (e *NetErr) Temporary() bool { return e.Retry }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c Code) As(target any) bool {
	if p, ok := target.(*string); ok {
		*p = c.Error()
		return true
	}
	return false
}

func main() {
	base := NotFound{"config.yaml"}
	e1 := fmt.Errorf("load: %w", base)
	e2 := &NetErr{"dial", true, e1}
	both := fmt.Errorf("two: %w and %w", e2, Code(404))
	fmt.Println(both)
	fmt.Println(errors.Is(both, fs.ErrNotExist), errors.Is(both, os.ErrPermission), errors.Is(both, Code(404)), errors.Is(both, Code(500)))
	var nf NotFound
	fmt.Println(errors.As(both, &nf), nf.Name)
	var tmp Temporary
	fmt.Println(errors.As(both, &tmp), tmp != nil && tmp.Temporary())
	var s string
	fmt.Println(errors.As(both, &s), s)
	var ne *NetErr
	fmt.Println(errors.As(e1, &ne), ne == nil)
	joined := errors.Join(nil, e1, nil, errors.New("second"))
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, fs.ErrNotExist), errors.Join(nil, nil) == nil)
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Unwrap(e1) == error(base), errors.Unwrap(both) == nil, errors.Unwrap(errors.Unwrap(e2)))
	wrapped := fmt.Errorf("ctx: %v", base)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), errors.Unwrap(wrapped))
	fmt.Printf("%v | %+v | %s | %q\n", e2, base, Code(1), Code(2))
	var pe *fs.PathError
	_, err := os.Open("/definitely/missing/file")
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
}
