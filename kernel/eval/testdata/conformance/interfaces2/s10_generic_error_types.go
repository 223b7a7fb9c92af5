package main

import (
	"errors"
	"fmt"
)

type ValErr[T comparable] struct{ V T }

func (e ValErr[T]) Error() string  { return fmt.Sprintf("bad value %v", e.V) }
func (e ValErr[T]) String() string { return "VE" }

type List[T any] []T

func (l List[T]) String() string { return fmt.Sprintf("list of %d", len(l)) }
func (l List[T]) Error() string  { return "list error" }

func main() {
	es := []error{ValErr[int]{1}, ValErr[string]{"x"}, List[int]{1, 2}}
	fmt.Println(es)
	ss := []fmt.Stringer{ValErr[int]{2}, List[string]{"a"}}
	fmt.Println(ss)
	fmt.Println(errors.Is(es[0], ValErr[int]{1}), errors.Is(es[1], ValErr[int]{1}), errors.Is(es[1], ValErr[string]{"x"}))
	var ve ValErr[string]
	fmt.Println(errors.As(es[1], &ve), ve.V)
	var vi ValErr[int]
	fmt.Println(errors.As(es[1], &vi), errors.As(fmt.Errorf("w %w", es[0]), &vi), vi.V)
	fmt.Println(es[0] == ValErr[int]{1}, es[0] == error(ValErr[string]{"1"}))
	h := struct{ S fmt.Stringer }{ValErr[int]{3}}
	fmt.Println(h)
	fmt.Printf("%T %T\n", es[0], ss[1])
}
