package main

import (
	"fmt"
	"strings"
)

func Is[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

func Count[T any](vs ...any) (n int) {
	for _, v := range vs {
		switch v.(type) {
		case T:
			n++
		}
	}
	return
}

type Number interface {
	~int | ~int8 | ~float64
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

func Len[S ~string | ~[]byte](s S) int { return len(s) }

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var z E
		return z, false
	}
	return s[len(s)-1], true
}

func Lookup[M ~map[K]V, K comparable, V any](m M, k K, d V) V {
	if v, ok := m[k]; ok {
		return v
	}
	return d
}

func NilIface[T any]() bool {
	var z T
	return any(z) == nil
}

type Counter[T comparable] struct{ counts map[T]int }

func (c *Counter[T]) Adder() func(T) int {
	if c.counts == nil {
		c.counts = map[T]int{}
	}
	return func(v T) int {
		c.counts[v]++
		return c.counts[v]
	}
}

type Name string
type Bytes []byte
type Scores map[string]int
type Temps []float64
type Small int8

func main() {
	fmt.Println(Is[int](3), Is[string](3), Is[fmt.Stringer](3), Is[error](fmt.Errorf("x")))
	fmt.Println(Count[int](1, "a", 2, 3.0, int8(4)), Count[string]("a", "b", 1), Count[error](nil, fmt.Errorf("e")))
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, Small]([]float64{1.9, -2.7, 300}))
	fmt.Println(IsZero(0), IsZero("x"), IsZero([2]int{}), IsZero(struct{ a int }{}), IsZero[any](nil), IsZero[any](0))
	fmt.Println(Len("héllo"), Len(Name("abc")), Len(Bytes{1, 2}), Len([]byte("xy")))
	fmt.Printf("%v %T\n", Upper(Name("go")), Upper(Name("go")))
	v, ok := Last(Temps{1.5, 2.5})
	fmt.Println(v, ok)
	_, ok = Last([]string{})
	fmt.Println(ok)
	fmt.Println(Lookup(Scores{"a": 1}, "a", -1), Lookup(Scores{"a": 1}, "b", -1))
	fmt.Println(NilIface[error](), NilIface[any](), NilIface[int](), NilIface[*int](), NilIface[fmt.Stringer]())
	var c Counter[string]
	add := c.Adder()
	add("x")
	add("y")
	fmt.Println(add("x"), c.counts)
}
