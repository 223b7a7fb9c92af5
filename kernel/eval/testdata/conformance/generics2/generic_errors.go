package main

import (
	"errors"
	"fmt"
)

type NotFound[K any] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	var zero V
	return zero, NotFound[K]{k}
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	_, err := Lookup(m, "b")
	fmt.Println(err)
	var nf NotFound[string]
	fmt.Println(errors.As(err, &nf), nf.Key)
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(errors.As(wrapped, &nf), wrapped)
	fmt.Println(Must(Lookup(m, "a")))
	defer func() { fmt.Println("panic:", recover()) }()
	Must(Lookup(map[int]bool{}, 7))
}
