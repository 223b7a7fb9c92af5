package main

import (
	"errors"
	"fmt"
	"strings"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

func Join[T fmt.Stringer](xs []T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, ",")
}

func Print[T any](xs []T) { fmt.Println(xs) }

type Box[T any] struct{ V T }

func First[T error](xs ...T) error { return xs[0] }

func main() {
	bs := []Both{{1}, {2}}
	fmt.Println(Join(bs))
	ss := []fmt.Stringer{Both{3}}
	fmt.Println(Join(ss))
	Print(ss)
	Print([]error{Both{4}})
	b := Box[fmt.Stringer]{Both{5}}
	fmt.Println(b, b.V)
	eb := Box[error]{Both{6}}
	fmt.Println(eb, errors.Is(eb.V, Both{6}))
	e := First(Both{7}, Both{8})
	fmt.Println(e, errors.Is(e, Both{7}))
	fmt.Println(First[error](Both{9}))
}
