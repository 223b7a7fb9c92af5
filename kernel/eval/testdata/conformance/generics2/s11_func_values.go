// Instantiated generic functions used as values: assigned to variables,
// stored in maps and struct fields, passed as callbacks, and compared to
// nil; generic method values passed as funcs.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Identity[T any](v T) T { return v }

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Counter[T comparable] struct{ counts map[T]int }

func (c *Counter[T]) Add(v T) int {
	if c.counts == nil {
		c.counts = map[T]int{}
	}
	c.counts[v]++
	return c.counts[v]
}

type Transformer[T any] struct {
	Name string
	Fn   func(T) T
}

func main() {
	itoa := Apply[int, string]
	fmt.Println(itoa([]int{1, 2}, strconv.Itoa))
	id := Identity[string]
	fmt.Println(id("same"), id != nil)
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 1.5 })
	fmt.Println(Apply([]string{"ab", "abcd"}, lenThenDouble))
	ops := map[string]func([]string, func(string) string) []string{"apply": Apply[string, string]}
	fmt.Println(ops["apply"]([]string{"x", "y"}, strings.ToUpper))
	var c Counter[string]
	add := c.Add
	fmt.Println(Apply([]string{"a", "b", "a", "a"}, add))
	ts := []Transformer[int]{{"inc", func(i int) int { return i + 1 }}, {"id", Identity[int]}}
	v := 5
	for _, t := range ts {
		v = t.Fn(v)
		fmt.Print(t.Name, "=", v, " ")
	}
	fmt.Println()
	var nilFn func(int) int
	fmt.Println(nilFn == nil, fmt.Sprintf("%T", Compose[int, string, bool]))
}
