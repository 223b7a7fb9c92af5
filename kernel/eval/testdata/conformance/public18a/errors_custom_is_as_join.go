package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }
func (e *NotFound) Is(target error) bool {
	t, ok := target.(*NotFound)
	return ok && (t.Key == "" || t.Key == e.Key)
}

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m Multi) Unwrap() []error { return m.errs }

type AsCode struct{ code int }

func (a AsCode) Error() string { return fmt.Sprint("code ", a.code) }
func (a AsCode) As(target any) bool {
	if p, ok := target.(*int); ok {
		*p = a.code
		return true
	}
	return false
}

var ErrBase = errors.New("base")

func main() {
	e := fmt.Errorf("lookup: %w", &NotFound{"k1"})
	fmt.Println(errors.Is(e, &NotFound{}), errors.Is(e, &NotFound{"k1"}), errors.Is(e, &NotFound{"k2"}))
	var nf *NotFound
	fmt.Println(errors.As(e, &nf), nf.Key)
	var tmp Temporary
	w := fmt.Errorf("wrap: %w", netErr{"timeout"})
	fmt.Println(errors.As(w, &tmp), tmp.Temporary(), tmp)
	m := Multi{[]error{ErrBase, fmt.Errorf("x: %w", AsCode{42}), nil}}
	fmt.Println(errors.Is(m, ErrBase), errors.Is(fmt.Errorf("%w", m), ErrBase))
	var code int
	fmt.Println(errors.As(m, &code), code)
	j := errors.Join(ErrBase, nil, errors.New("second"))
	fmt.Printf("%q %v\n", j.Error(), errors.Is(j, ErrBase))
	fmt.Println(errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Unwrap(j) == nil, errors.Unwrap(w))
	_, err := os.Open("/definitely/not/here")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	multi := fmt.Errorf("a %w b %w", ErrBase, &NotFound{"z"})
	fmt.Println(multi, errors.Is(multi, &NotFound{"z"}), errors.Unwrap(multi) == nil)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var bad int
	errors.As(e, bad)
}
