package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string  { return "not found: " + e.Key }
func (e NotFound) String() string { return "NF" }

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return "C" }

var ErrNotFound error = NotFound{"x"}
var Sentinels = []error{Code(1), NotFound{"y"}}
var Named = map[string]fmt.Stringer{"c": Code(2)}
var Holder = struct{ E error }{Code(3)}

func lookup(k string) error {
	if k == "x" {
		return fmt.Errorf("lookup: %w", NotFound{"x"})
	}
	return Code(1)
}

func main() {
	fmt.Println(ErrNotFound, Sentinels, Named, Holder)
	err := lookup("x")
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(lookup("z"), Sentinels[0]), errors.Is(err, Sentinels[1]))
	fmt.Println(ErrNotFound == NotFound{"x"}, Sentinels[0] == Code(1), Holder.E == Code(3), Named["c"] == Code(2))
	fmt.Println(errors.Unwrap(err) == ErrNotFound)
	m := map[error]string{ErrNotFound: "nf", Sentinels[0]: "c1"}
	fmt.Println(m[NotFound{"x"}], m[Code(1)], m[errors.Unwrap(err)], m[lookup("z")])
	var nf NotFound
	fmt.Println(errors.As(ErrNotFound, &nf), nf.Key)
	fmt.Printf("%v %s %d\n", []any{ErrNotFound, Sentinels[0]}, Named["c"], Sentinels)
}
