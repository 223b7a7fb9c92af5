package main

import (
	"errors"
	"fmt"
)

// A struct type embedding a pointer *E has E's pointer-receiver methods
// in the method set of its values: fmt prints a Named value with the
// promoted Error and String, and %w wraps it.

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type S struct{ s string }

func (s *S) String() string { return "S:" + s.s }

type Named struct {
	*E
	Code int
}

type Labeled struct {
	*S
	N int
}

func main() {
	n := Named{&E{"named"}, 1}
	fmt.Println(n, Labeled{&S{"x"}, 2})
	fmt.Printf("%v|%s|%v\n", n, []Named{n}, map[string]Labeled{"k": {&S{"y"}, 3}})
	w := fmt.Errorf("wrap: %w", n)
	fmt.Println(w, errors.Is(w, n))
	anon := struct {
		*E
		Code int
	}{&E{"anon"}, 2}
	fmt.Println(anon, fmt.Errorf("w: %w", anon))
}
