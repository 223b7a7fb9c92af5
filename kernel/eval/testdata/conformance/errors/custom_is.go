package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

// Is matches any NotFound, whatever its key.
func (e NotFound) Is(target error) bool {
	_, ok := target.(NotFound)
	return ok
}

type Temporary interface{ Temporary() bool }

type netErr struct{ temp bool }

func (e *netErr) Error() string   { return fmt.Sprintf("net temp=%v", e.temp) }
func (e *netErr) Temporary() bool { return e.temp }

var ErrBase = errors.New("base")

type wrap struct {
	msg string
	err error
}

func (w wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

func main() {
	err := fmt.Errorf("lookup: %w", NotFound{"a"})
	fmt.Println(errors.Is(err, NotFound{"zzz"}), errors.Is(err, ErrBase))
	w := wrap{"outer", wrap{"inner", ErrBase}}
	fmt.Println(w, errors.Is(w, ErrBase), errors.Unwrap(w))
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	var t Temporary
	e2 := fmt.Errorf("x: %w", &netErr{true})
	fmt.Println(errors.As(e2, &t), t != nil && t.Temporary())
	j := errors.Join(NotFound{"j"}, &netErr{false}, nil)
	fmt.Println(j, errors.Is(j, NotFound{}))
	var ne *netErr
	fmt.Println(errors.As(j, &ne), ne.temp)
}
