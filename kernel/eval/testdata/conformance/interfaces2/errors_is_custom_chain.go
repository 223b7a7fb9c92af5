package main

import (
	"errors"
	"fmt"
)

type status int

func (s status) Error() string { return fmt.Sprintf("status %d", int(s)) }

type wrapped struct {
	ctx string
	err error
}

func (w *wrapped) Error() string { return w.ctx + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type multi []error

func (m multi) Error() string   { return fmt.Sprint(len(m), " errors") }
func (m multi) Unwrap() []error { return m }

func main() {
	e := &wrapped{"load", fmt.Errorf("read: %w", status(404))}
	fmt.Println(errors.Is(e, status(404)), errors.Is(e, status(500)))
	m := multi{errors.New("a"), e}
	fmt.Println(errors.Is(m, status(404)), m)
	var s status
	fmt.Println(errors.As(m, &s), s)
	fmt.Println(errors.Unwrap(e) != nil, errors.Unwrap(m) == nil)
}
