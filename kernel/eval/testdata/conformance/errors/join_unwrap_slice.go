package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type MultiErr struct{ errs []error }

func (m MultiErr) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m MultiErr) Unwrap() []error { return m.errs }

func main() {
	err1 := errors.New("err1")
	err2 := errors.New("err2")
	err := errors.Join(err1, err2)
	fmt.Println(err)
	if errors.Is(err, err1) {
		fmt.Println("err is err1")
	}
	if errors.Is(err, err2) {
		fmt.Println("err is err2")
	}
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", errors.Join(err1, nil, err2).Error())
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), errors.Unwrap(err) == nil)
	}
	m := MultiErr{[]error{fs.ErrPermission, fmt.Errorf("ctx: %w", fs.ErrNotExist)}}
	fmt.Println(m, errors.Is(m, fs.ErrNotExist), errors.Is(m, fs.ErrExist))
	both := fmt.Errorf("both: %w and %w", err1, err2)
	fmt.Println(both, errors.Is(both, err2), errors.Unwrap(both) == nil)
	nested := errors.Join(errors.Join(err1), fmt.Errorf("x: %w", m))
	fmt.Println(errors.Is(nested, fs.ErrPermission))
	fmt.Println(nested)
}
