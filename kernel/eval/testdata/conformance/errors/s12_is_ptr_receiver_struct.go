package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
	Msg  string
}

func (e *StatusError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

// Is matches any StatusError with the same code, or a code class (4xx).
func (e *StatusError) Is(target error) bool {
	t, ok := target.(*StatusError)
	if !ok {
		return false
	}
	return t.Code == e.Code || (t.Msg == "class" && t.Code/100 == e.Code/100)
}

type Op struct {
	Name string
	Err  error
}

func (o Op) Error() string { return o.Name + ": " + o.Err.Error() }
func (o Op) Unwrap() error { return o.Err }

var (
	ErrNotFound = &StatusError{404, "not found"}
	Err4xx      = &StatusError{400, "class"}
	Err5xx      = &StatusError{500, "class"}
)

type Pair struct{ A, B int }

type PairErr Pair

func (p PairErr) Error() string { return fmt.Sprint("pair ", p.A, p.B) }

func main() {
	err := Op{"fetch", fmt.Errorf("page 3: %w", &StatusError{404, "gone"})}
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, Err4xx), errors.Is(err, Err5xx))
	var se *StatusError
	if errors.As(err, &se) {
		fmt.Println(se.Code, se.Msg, se == ErrNotFound)
	}
	var op Op
	fmt.Println(errors.As(err, &op), op.Name)
	e1 := error(PairErr{1, 2})
	fmt.Println(errors.Is(fmt.Errorf("w: %w", e1), PairErr{1, 2}), errors.Is(e1, PairErr{2, 1}), e1 == PairErr{1, 2})
	list := []error{ErrNotFound, &StatusError{503, "busy"}, Op{"x", Err5xx}, nil}
	for _, e := range list {
		fmt.Print(errors.Is(e, Err5xx), " ")
	}
	fmt.Println()
	fmt.Println(errors.Is(nil, nil), errors.Is(ErrNotFound, nil), errors.Unwrap(Op{"y", nil}) == nil)
}
