package main

import (
	"errors"
	"fmt"
)

type Status int

func (s Status) Error() string { return fmt.Sprintf("status %d", int(s)) }
func (s Status) Is(target error) bool {
	t, ok := target.(Status)
	return ok && t/100 == s/100
}

type Tagged struct {
	Tag string
	Err error
}

func (t Tagged) Error() string { return t.Tag + ": " + t.Err.Error() }
func (t Tagged) Unwrap() error { return t.Err }
func (t Tagged) Is(target error) bool {
	o, ok := target.(Tagged)
	return ok && o.Tag == t.Tag
}

func main() {
	errs := []error{Status(404), Status(500), Tagged{"db", Status(503)}, fmt.Errorf("ctx: %w", Status(401))}
	for _, e := range errs {
		fmt.Println(e, errors.Is(e, Status(400)), errors.Is(e, Status(599)), errors.Is(e, Tagged{Tag: "db"}), errors.Is(e, Tagged{Tag: "net"}))
	}
	ms := map[string]error{"a": errs[2]}
	fmt.Println(errors.Is(ms["a"], Status(500)), errors.Is(ms["a"], Tagged{"db", nil}))
	var s Status
	fmt.Println(errors.As(errs[3], &s), s)
	var tg Tagged
	fmt.Println(errors.As(errs[2], &tg), tg.Tag, tg.Err)
	type holder struct{ E error }
	h := holder{Tagged{"x", Status(200)}}
	fmt.Println(errors.Is(h.E, Status(250)), errors.Is(h.E, Tagged{Tag: "x"}))
}
