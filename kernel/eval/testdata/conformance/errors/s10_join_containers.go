package main

import (
	"errors"
	"fmt"
)

type E1 struct{ n int }

func (e E1) Error() string  { return fmt.Sprintf("e1-%d", e.n) }
func (e E1) String() string { return "S1" }

type E2 string

func (e E2) Error() string { return "e2-" + string(e) }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m Multi) Unwrap() []error { return m.errs }
func (m Multi) String() string  { return "multi" }

func main() {
	es := []error{E1{1}, E2("b"), nil, E1{2}}
	j := errors.Join(es...)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, E1{1}), errors.Is(j, E1{2}), errors.Is(j, E1{3}), errors.Is(j, E2("b")), errors.Is(j, E2("c")))
	var e1 E1
	var e2 E2
	fmt.Println(errors.As(j, &e1), e1, errors.As(j, &e2), e2)
	u, ok := j.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()))
	for _, e := range u.Unwrap() {
		fmt.Printf("%v %T %v\n", e, e, e == es[0] || e == es[1] || e == es[3])
	}
	m := Multi{[]error{E2("x"), fmt.Errorf("w: %w", E1{5})}}
	var me error = m
	fmt.Println(me, errors.Is(me, E2("x")), errors.Is(me, E1{5}), errors.As(me, &e1), e1)
	holder := struct{ Errs []error }{[]error{m, j}}
	fmt.Println(errors.Is(errors.Join(holder.Errs...), E1{5}), errors.Is(holder.Errs[1], E2("b")))
	byKey := map[string]error{"m": m}
	var st fmt.Stringer
	fmt.Println(errors.As(byKey["m"], &st), st)
	fmt.Println(errors.Join(E1{8}, E2("z")))
	fmt.Println(errors.Join(nil, nil) == nil)
}
