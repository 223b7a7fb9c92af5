package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.Msg
}

func find(ok bool) *MyErr {
	if ok {
		return nil
	}
	return &MyErr{"missing"}
}

func findErr(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{"missing"}
}

func typedNil() error {
	var p *MyErr
	return p
}

func main() {
	e1 := findErr(true)
	fmt.Println(e1 == nil, e1)
	e2 := typedNil()
	fmt.Println(e2 == nil, e2, e2 != nil)
	var me *MyErr
	fmt.Println(errors.As(e2, &me), me == nil)
	var p *MyErr = find(true)
	fmt.Println(p == nil, p.Error())
	w := fmt.Errorf("wrap: %w", e2)
	fmt.Println(w, errors.Is(w, e2), errors.Unwrap(w) == e2)
	fmt.Println(fmt.Errorf("nil: %w", nil), errors.Unwrap(fmt.Errorf("nil: %w", nil)) == nil)
	fmt.Printf("%v %T\n", e2, e2)
	errs := []error{nil, e2, findErr(false)}
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	fmt.Println(n, errors.Join(errs...) != nil)
}
