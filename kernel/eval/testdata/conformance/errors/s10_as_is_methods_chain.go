package main

import (
	"errors"
	"fmt"
)

type Legacy struct{ code int }

func (l Legacy) Error() string { return fmt.Sprintf("legacy %d", l.code) }

type Modern struct {
	Code int
	Msg  string
}

func (m *Modern) Error() string { return m.Msg }

type Adapter struct{ inner Legacy }

func (a Adapter) Error() string  { return "adapter: " + a.inner.Error() }
func (a Adapter) String() string { return "Adapter" }
func (a Adapter) As(target any) bool {
	switch t := target.(type) {
	case **Modern:
		*t = &Modern{a.inner.code, "converted"}
		return true
	case *Legacy:
		*t = a.inner
		return true
	}
	return false
}
func (a Adapter) Is(target error) bool {
	l, ok := target.(Legacy)
	return ok && l.code/100 == a.inner.code/100
}
func (a Adapter) Unwrap() error { return nil }

func main() {
	var err error = Adapter{Legacy{404}}
	es := []error{err, fmt.Errorf("ctx: %w", err)}
	for _, e := range es {
		var m *Modern
		var l Legacy
		var s fmt.Stringer
		fmt.Println(errors.As(e, &m), m != nil && m.Code == 404, m != nil && m.Msg == "converted")
		fmt.Println(errors.As(e, &l), l.code)
		fmt.Println(errors.As(e, &s), s)
		fmt.Println(errors.Is(e, Legacy{499}), errors.Is(e, Legacy{500}), errors.Is(e, Adapter{Legacy{404}}))
	}
	holder := struct{ Errs map[string]error }{map[string]error{"a": Adapter{Legacy{1}}}}
	var l Legacy
	fmt.Println(errors.As(holder.Errs["a"], &l), l, holder)
}
