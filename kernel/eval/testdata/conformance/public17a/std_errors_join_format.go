package main

import (
	"errors"
	"fmt"
)

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	e1 := errors.New("first")
	e2 := codeErr(2)
	j := errors.Join(e1, e2)
	fmt.Printf("%v\n---\n%q\n", j, j)
	w := fmt.Errorf("ctx: %w", j)
	fmt.Println(errors.Is(w, e1), errors.Is(w, codeErr(2)), errors.Is(w, codeErr(3)))
	var ce codeErr
	fmt.Println(errors.As(w, &ce), ce)
	multi := fmt.Errorf("a=%w b=%w", e1, e2)
	fmt.Println(multi, errors.Unwrap(multi) == nil)
	fmt.Printf("%v|%s|%+v|%#v\n", e2, e2, e2, e2)
	var nilErr error
	fmt.Println(errors.Join(nilErr) == nil, fmt.Errorf("x: %w", nilErr))
}
