package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

type detailed struct {
	msg   string
	cause error
}

func (d *detailed) Error() string { return d.msg }
func (d *detailed) Unwrap() error { return d.cause }
func (d *detailed) Format(s fmt.State, verb rune) {
	if verb == 'v' && s.Flag('+') {
		fmt.Fprintf(s, "%s\n  caused by: %+v", d.msg, d.cause)
		return
	}
	fmt.Fprint(s, d.msg)
}

func main() {
	j := errors.Join(ValidationError{"name"}, ValidationError{"age"}, io.EOF)
	fmt.Printf("%v\n---\n%q\n---\n%s\n", j, j, j)
	w := fmt.Errorf("saving user: %w", j)
	fmt.Println(w)
	var ve ValidationError
	fmt.Println(errors.As(w, &ve), ve.Field, errors.Is(w, io.EOF))
	d := &detailed{"load config", &detailed{"open file", os.ErrNotExist}}
	fmt.Printf("%v\n%+v\n", d, d)
	fmt.Println(errors.Is(d, os.ErrNotExist))
	multi := fmt.Errorf("%w; %w; %v", ValidationError{"a"}, d, "plain")
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, os.ErrNotExist), errors.Unwrap(multi) == nil)
	type unwrapper interface{ Unwrap() []error }
	if u, ok := multi.(unwrapper); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Printf("%v|%d|%x\n", error(nil), ValidationError{"q"}, ValidationError{"q"})
}
