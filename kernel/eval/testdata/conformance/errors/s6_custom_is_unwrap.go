package main

import (
	"errors"
	"fmt"
)

type StatusErr struct {
	Code int
	Msg  string
}

func (e StatusErr) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }
func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == e.Code || t.Code == 0)
}

type OpErr struct {
	Op  string
	Err error
}

func (e *OpErr) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpErr) Unwrap() error { return e.Err }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) Unwrap() []error { return m.errs }

func main() {
	err := &OpErr{"read", StatusErr{404, "not found"}}
	fmt.Println(err)
	fmt.Println(errors.Is(err, StatusErr{Code: 404}), errors.Is(err, StatusErr{}), errors.Is(err, StatusErr{Code: 500}))
	var se StatusErr
	fmt.Println(errors.As(err, &se), se.Code, se.Msg)
	var oe *OpErr
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(errors.As(wrapped, &oe), oe.Op, oe == err)
	m := Multi{[]error{errors.New("x"), &OpErr{"write", StatusErr{500, "boom"}}}}
	fmt.Println(errors.Is(m, StatusErr{Code: 500}), errors.As(m, &oe), oe.Op)
	var target *OpErr
	fmt.Println(errors.As(errors.New("plain"), &target), target == nil)
}
