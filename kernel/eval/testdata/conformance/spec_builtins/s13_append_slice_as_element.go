package main

import (
	"errors"
	"fmt"
)

type row []any

// Without the ellipsis, append adds its argument as one element, even when
// the argument is a slice the element type (an interface) can hold.
func main() {
	var s []any
	s = append(s, []any{1, 2})
	s = append(s, []any{3, 4}...)
	s = append(s, row{"r"}, []string{"x", "y"})
	fmt.Println(len(s), s)

	t := []any{"a"}
	t = append(t, t)
	fmt.Println(len(t), len(t[1].([]any)))

	var e []error
	e = append(e, errors.New("one"))
	var all []any
	all = append(all, e, e[0])
	fmt.Println(len(all), all[0].([]error)[0], all[1])

	pairs := [][]any{}
	for i := 0; i < 3; i++ {
		pairs = append(pairs, []any{i, i * i})
	}
	var flat []any
	for _, p := range pairs {
		flat = append(flat, p)
		flat = append(flat, p...)
	}
	fmt.Println(len(flat), flat)

	b := []byte("go")
	b = append(b, "pher"...)
	fmt.Println(string(b))
}
