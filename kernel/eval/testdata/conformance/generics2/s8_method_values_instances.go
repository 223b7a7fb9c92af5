package main

import (
	"fmt"
	"strings"
)

// Method values and method expressions of generic instances, first made
// there.

type Counter[K comparable] struct{ m map[K]int }

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }

func (c *Counter[K]) Add(k K)     { c.m[k]++ }
func (c *Counter[K]) Get(k K) int { return c.m[k] }

type Joiner[T fmt.Stringer] struct{ sep string }

func (j Joiner[T]) Join(xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, j.sep)
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func apply[T any](f func(T), xs ...T) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	c := NewCounter[string]()
	add := c.Add
	apply(add, "a", "b", "a")
	get := (*Counter[string]).Get
	fmt.Println(get(c, "a"), get(c, "b"), get(c, "z"))
	join := Joiner[ID]{", "}.Join
	fmt.Println(join([]ID{1, 2, 3}))
	je := Joiner[ID].Join
	fmt.Println(je(Joiner[ID]{"-"}, []ID{4, 5}))
	fs := []func(int){NewCounter[int]().Add}
	fs[0](1)
	fmt.Printf("%T\n", get)
}
