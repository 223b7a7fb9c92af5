package main

import (
	"errors"
	"fmt"
)

type VErr struct{ Code int }

func (e VErr) Error() string { return fmt.Sprintf("verr %d", e.Code) }

type PErr struct{ Msg string }

func (e *PErr) Error() string { return "perr " + e.Msg }

type Result struct {
	Err  error
	Name string
}

func find(n int) error {
	switch n {
	case 0:
		return nil
	case 1:
		return VErr{404}
	}
	return &PErr{"boom"}
}

func main() {
	for i := 0; i < 3; i++ {
		err := find(i)
		fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	}
	fmt.Println(VErr{1}, &PErr{"x"}, PErr{"y"})
	r := Result{find(1), "r"}
	fmt.Printf("%v %+v\n", r, r)
	fmt.Println([]error{find(1), find(2), nil})
	wrapped := fmt.Errorf("ctx: %w", find(2))
	fmt.Println(wrapped, errors.Unwrap(wrapped) == nil)
	var pe *PErr
	fmt.Println(errors.As(wrapped, &pe), pe.Msg)
	fmt.Printf("%d %x\n", VErr{5}, VErr{5})
}
