package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// A partial instantiation used as a function value: the missing type
// arguments come from the core types of the constraints (S ~[]E gives E).

func apply[S ~[]E, E any](xs S, f func(E) E) S {
	out := make(S, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Names []string

func main() {
	index := slices.Index[[]string]
	fmt.Println(index([]string{"a", "b"}, "b"))

	contains := slices.Contains[Names]
	fmt.Println(contains(Names{"x"}, "x"), contains(nil, "y"))

	keys := maps.Keys[map[string]int]
	fmt.Println(slices.Sorted(keys(map[string]int{"b": 1, "a": 2})))

	up := apply[Names]
	fmt.Println(up(Names{"go", "fmt"}, strings.ToUpper))
	fmt.Printf("%T\n", up)
}
