package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Temporary interface {
	error
	Temporary() bool
}

type Wrapper interface {
	error
	Unwrap() error
}

type netErr struct{ msg string }

func (e *netErr) Error() string   { return e.msg }
func (e *netErr) Temporary() bool { return true }

type wrapped struct {
	op  string
	err error
}

func (w wrapped) Error() string { return w.op + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

func classify(err error) []string {
	var out []string
	t := reflect.TypeOf(err)
	for _, it := range []reflect.Type{reflect.TypeFor[Temporary](), reflect.TypeFor[Wrapper]()} {
		if t.Implements(it) {
			out = append(out, it.Name())
		}
	}
	return out
}

func main() {
	base := &netErr{"timeout"}
	errs := []error{base, wrapped{"read", base}, errors.New("x"), fmt.Errorf("y: %w", base)}
	for _, err := range errs {
		fmt.Println(err, classify(err))
	}
	var tmp Temporary
	fmt.Println(errors.As(errs[1], &tmp), tmp != nil && tmp.Temporary())
}
