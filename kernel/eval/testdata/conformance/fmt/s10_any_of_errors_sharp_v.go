package main

import (
	"errors"
	"fmt"
)

type GS struct{ n int }

func (g GS) Error() string    { return fmt.Sprintf("gs-err%d", g.n) }
func (g GS) GoString() string { return fmt.Sprintf("GS(%d)", g.n) }

type S struct{ n int }

func (g S) String() string   { return fmt.Sprintf("s-%d", g.n) }
func (g S) GoString() string { return fmt.Sprintf("S(%d)", g.n) }

func main() {
	fmt.Printf("%#v\n", []any{GS{1}})
	var e error = GS{2}
	fmt.Printf("%#v\n", []any{e})
	var st fmt.Stringer = S{3}
	fmt.Printf("%#v\n", []any{st})
	u := errors.Unwrap(fmt.Errorf("%w", GS{4}))
	fmt.Printf("%#v\n", []any{u})
	a := any(u)
	fmt.Printf("%#v %#v\n", a, []any{a})
}
