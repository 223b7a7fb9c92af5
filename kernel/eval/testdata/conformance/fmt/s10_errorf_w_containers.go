package main

import (
	"errors"
	"fmt"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type P struct{ s string }

func (p *P) Error() string { return "P:" + p.s }

func main() {
	es := []error{Both{1}, &P{"a"}}
	ss := []fmt.Stringer{Both{2}}
	w := fmt.Errorf("first %w, second %w", es[0], es[1])
	fmt.Println(w)
	fmt.Println(errors.Is(w, Both{1}), errors.Is(w, es[1]), errors.Is(w, &P{"a"}))
	w2 := fmt.Errorf("s: %v / %s / %w", ss[0], ss[0], ss[0].(error))
	fmt.Println(w2, errors.Is(w2, Both{2}), errors.Unwrap(w2) == ss[0].(error))
	w3 := fmt.Errorf("one: %w", es[0])
	fmt.Println(errors.Unwrap(w3) == es[0], errors.Unwrap(w3) == error(Both{1}))
	st := struct{ Err error }{w3}
	fmt.Printf("%v|%+v|%s\n", st, st, st.Err)
	var b Both
	fmt.Println(errors.As(st.Err, &b), b.code)
	fmt.Println(fmt.Errorf("%d %x %q", es[0], ss[0], es[0]))
}
