// Zero values of type parameters: comparisons with a zero value, *new(T),
// IsZero through any, a Default helper, nil checks of pointer-typed type
// arguments and zero-value struct instances.
package main

import (
	"fmt"
	"reflect"
)

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func Coalesce[T comparable](vs ...T) T {
	var zero T
	for _, v := range vs {
		if v != zero {
			return v
		}
	}
	return zero
}

func Default[T any]() T { return *new(T) }

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

type Config[T any] struct {
	Name  string
	Value T
	Next  *Config[T]
}

func main() {
	fmt.Println(IsZero(0), IsZero(""), IsZero("x"), IsZero[*int](nil), IsZero(struct{ A int }{}))
	fmt.Println(Coalesce("", "", "third", "fourth"), Coalesce(0, 0), Coalesce[error](nil, fmt.Errorf("e")))
	fmt.Printf("%q %v %v %v\n", Default[string](), Default[[]int]() == nil, Default[map[string]int]() == nil, Default[*Config[int]]() == nil)
	fmt.Printf("%+v\n", Default[Config[float64]]())
	p := Ptr(42)
	*p++
	fmt.Println(*p, Deref(p, 0), Deref[int](nil, -1), *Ptr("s"))
	var cfg Config[[]string]
	fmt.Println(cfg.Value == nil, cfg.Next == nil, reflect.ValueOf(cfg).IsZero())
	cfg.Next = &Config[[]string]{Name: "child", Value: []string{"v"}}
	fmt.Println(cfg.Next.Name, cfg.Next.Value, cfg.Next.Next == nil)
}
