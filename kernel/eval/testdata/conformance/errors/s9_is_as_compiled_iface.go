package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string  { return "not found: " + e.Key }
func (e NotFound) String() string { return "NF(" + e.Key + ")" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && t/100 == c/100
}

type Wrap struct {
	msg string
	err error
}

func (w *Wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *Wrap) Unwrap() error { return w.err }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func main() {
	var s fmt.Stringer = NotFound{"k"}
	fmt.Println(s, s.String())
	e, ok := s.(error)
	fmt.Println(ok, e)
	w := fmt.Errorf("outer: %w", &Wrap{"mid", e})
	var nf NotFound
	fmt.Println(errors.As(w, &nf), nf.Key)
	var st fmt.Stringer
	fmt.Println(errors.As(w, &st), st)
	fmt.Println(errors.Is(w, NotFound{"k"}), errors.Is(w, NotFound{"j"}))

	var c error = Code(404)
	fmt.Println(errors.Is(c, Code(400)), errors.Is(c, Code(500)), errors.Is(&Wrap{"x", c}, Code(401)))
	var cc Code
	fmt.Println(errors.As(&Wrap{"x", c}, &cc), cc)

	var te error = &Wrap{"t", tempErr{}}
	var tmp Temporary
	fmt.Println(errors.As(te, &tmp), tmp != nil && tmp.Temporary())
	var pe *fs.PathError
	fmt.Println(errors.As(te, &pe))
	m := map[error]int{Code(1): 1, NotFound{"a"}: 2}
	fmt.Println(m[Code(1)], m[NotFound{"a"}], len(m))
	var es []fmt.Stringer
	es = append(es, NotFound{"z"})
	switch v := es[0].(type) {
	case error:
		fmt.Println("error", v)
	default:
		fmt.Println("other", v)
	}
}
