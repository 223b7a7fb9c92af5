package main

import (
	"errors"
	"fmt"
)

type Temporary interface {
	error
	Temporary() bool
}

type NetErr struct{ Op string }

func (e *NetErr) Error() string   { return "net: " + e.Op }
func (e *NetErr) Temporary() bool { return e.Op == "read" }

type Coded interface{ Code() int }

type HTTPErr struct{ C int }

func (e HTTPErr) Error() string { return fmt.Sprint("http ", e.C) }
func (e HTTPErr) Code() int     { return e.C }

type Result struct {
	Err  error
	Errs []error
}

func main() {
	r := Result{Err: fmt.Errorf("wrap: %w", &NetErr{"read"}), Errs: []error{HTTPErr{404}, errors.New("plain"), fmt.Errorf("x: %w", HTTPErr{500})}}
	var t Temporary
	fmt.Println(errors.As(r.Err, &t), t != nil && t.Temporary(), t)
	for _, e := range r.Errs {
		var c Coded
		if errors.As(e, &c) {
			fmt.Println("coded", c.Code(), e)
		} else {
			fmt.Println("not coded", e)
		}
	}
	var ne *NetErr
	fmt.Println(errors.As(r.Err, &ne), ne.Op)
	joined := errors.Join(r.Errs...)
	var c2 Coded
	fmt.Println(errors.As(joined, &c2), c2)
}
