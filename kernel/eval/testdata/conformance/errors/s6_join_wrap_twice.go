package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

var ErrA = errors.New("error A")
var ErrB = errors.New("error B")

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, io.EOF))
	fmt.Println(errors.Join(nil, nil) == nil)
	w := fmt.Errorf("both: %w and %w", ErrA, fs.ErrNotExist)
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrA), errors.Is(w, fs.ErrNotExist), errors.Unwrap(w) == nil)
	u, ok := w.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()))
	nested := fmt.Errorf("outer: %w", errors.Join(w, io.ErrUnexpectedEOF))
	fmt.Println(errors.Is(nested, io.ErrUnexpectedEOF), errors.Is(nested, ErrB))
	fmt.Printf("%v|%s|%q\n", nested, nested, ErrA)
	e := fmt.Errorf("no wrap %v", ErrA)
	fmt.Println(errors.Is(e, ErrA), errors.Unwrap(e))
	fmt.Println(fmt.Errorf("bad %w", "notanerror"))
}
