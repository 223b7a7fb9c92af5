package main

import (
	"errors"
	"fmt"
	"strings"
)

// fmt and errors with generic types: String and Error methods of
// instances, %v %+v %T %q of instances, errors.As into a generic error.

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

type NotFound[K comparable] struct{ Key K }

func (e *NotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	v, ok := m[k]
	if !ok {
		return v, fmt.Errorf("lookup: %w", &NotFound[K]{k})
	}
	return v, nil
}

type Grid[T any] [2][2]T

func (g Grid[T]) String() string {
	var sb strings.Builder
	for _, row := range g {
		fmt.Fprint(&sb, row)
	}
	return sb.String()
}

func main() {
	fmt.Println(Some(3), None[string](), []Opt[int]{Some(1), None[int]()})
	fmt.Printf("%v %s %T %T\n", Some("x"), Some(1.5), Some(2), None[[]byte]())
	fmt.Printf("%q\n", Some("q"))
	_, err := Lookup(map[string]int{"a": 1}, "b")
	fmt.Println(err)
	var nf *NotFound[string]
	fmt.Println(errors.As(err, &nf), nf.Key)
	var nfi *NotFound[int]
	fmt.Println(errors.As(err, &nfi))
	fmt.Println(Grid[int]{{1, 2}, {3, 4}})
	fmt.Printf("%+v\n", struct{ O Opt[int] }{Some(9)})
}
