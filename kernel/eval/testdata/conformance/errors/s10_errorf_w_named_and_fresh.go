package main

import (
	"errors"
	"fmt"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Other struct{ code int }

func (o Other) Error() string { return "other" }

func main() {
	w := fmt.Errorf("wrap: %w", Both{1})
	fmt.Println(w, errors.Is(w, Both{1}), errors.Is(w, Both{2}), errors.Is(w, Other{1}))
	u := errors.Unwrap(w)
	fmt.Println(u, u == Both{1}, u == error(Both{1}), u == error(Other{1}))
	var b Both
	fmt.Println(errors.As(w, &b), b)
	var s fmt.Stringer
	fmt.Println(errors.As(w, &s), s)
	w2 := fmt.Errorf("c: %w + %w", Code(3), Both{4})
	fmt.Println(w2, errors.Is(w2, Code(3)), errors.Is(w2, Both{4}), errors.Is(w2, Code(4)))
	es := []error{Code(3)}
	fmt.Println(errors.Is(w2, es[0]))
	m := map[error]bool{u: true}
	fmt.Println(m[Both{1}], m[error(Both{1})])
	fmt.Printf("%v %T %v\n", u, u, []error{u})
	j := errors.Join(Both{5}, Code(6))
	fmt.Println(errors.Is(j, Both{5}), errors.Is(j, Code(6)))
	fmt.Println(errors.Is(fmt.Errorf("%w", Other{1}), Other{1}), errors.Is(fmt.Errorf("%w", Other{1}), Both{1}))
}
