package main

import (
	"errors"
	"fmt"
)

type temporary interface{ Temporary() bool }

type coded interface {
	error
	Code() int
}

type netErr struct{ code int }

func (e *netErr) Error() string   { return fmt.Sprintf("net error %d", e.code) }
func (e *netErr) Temporary() bool { return e.code >= 500 }
func (e *netErr) Code() int       { return e.code }

type opErr struct {
	op  string
	err error
}

func (e *opErr) Error() string { return e.op + ": " + e.err.Error() }
func (e *opErr) Unwrap() error { return e.err }

func main() {
	err := fmt.Errorf("request: %w", &opErr{"dial", &netErr{503}})
	var t temporary
	fmt.Println(errors.As(err, &t), t.Temporary())
	var c coded
	if errors.As(err, &c) {
		fmt.Println("code", c.Code(), c.Error())
	}
	var t2 temporary
	fmt.Println(errors.As(errors.New("plain"), &t2), t2 == nil)
	var op *opErr
	fmt.Println(errors.As(err, &op), op.op)
}
