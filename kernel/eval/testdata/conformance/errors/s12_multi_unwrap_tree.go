package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type MultiError struct {
	Op   string
	Errs []error
}

func (m *MultiError) Error() string   { return fmt.Sprintf("%s: %d errors", m.Op, len(m.Errs)) }
func (m *MultiError) Unwrap() []error { return m.Errs }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }
func (e NotFound) Is(target error) bool {
	return target == fs.ErrNotExist
}

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

func main() {
	inner := &MultiError{"inner", []error{&netErr{"timeout"}, NotFound{"k2"}}}
	outer := &MultiError{"sync", []error{NotFound{"k1"}, fmt.Errorf("batch 3: %w", inner), os.ErrPermission}}
	fmt.Println(outer)
	fmt.Println(errors.Is(outer, fs.ErrNotExist), errors.Is(outer, os.ErrPermission), errors.Is(outer, os.ErrClosed))
	var nf NotFound
	fmt.Println(errors.As(outer, &nf), nf.Key)
	var tmp Temporary
	fmt.Println(errors.As(outer, &tmp), tmp)
	var me *MultiError
	fmt.Println(errors.As(fmt.Errorf("top: %w", inner), &me), me.Op)
	var walk func(err error, depth int)
	walk = func(err error, depth int) {
		fmt.Printf("%*s%v\n", depth*2, "", err)
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e, depth+1)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap(), depth+1)
		}
	}
	walk(outer, 0)
	j := errors.Join(nil, NotFound{"j"}, nil)
	fmt.Println(j, errors.Is(j, fs.ErrNotExist), errors.Join(nil, nil) == nil)
	w := fmt.Errorf("two: %w and %w", NotFound{"a"}, os.ErrExist)
	fmt.Println(w, errors.Is(w, os.ErrExist), errors.Unwrap(w) == nil)
}
