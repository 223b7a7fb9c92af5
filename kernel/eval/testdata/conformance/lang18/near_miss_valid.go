package main

import (
	"bytes"
	"cmp"
	"fmt"
	"strings"
)

// Programs that look like the mistakes lang18 rejects, and are valid Go.

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Apply[T any](x T, f func(T) T) T { return f(x) }

func Shadow[T any](a T) int {
	a2 := 1
	{
		a := 2
		return a + a2
	}
}

func Wrap[T any](v T) any { return v }

func Eq[T comparable](a, b T) bool { return a == b }

func Pair[K comparable, V any](k K, v V) string { return fmt.Sprint(k, v) }

type Buf struct {
	*bytes.Buffer
	n int
}

type Box[T any] struct{ v T }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
	fmt.Println(Max(2, 3), Max("a", "b"))
	fmt.Println(Keys(map[string]int{"a": 1}))
	fmt.Println(Apply(3, func(x int) int { return x * 2 }))
	fmt.Println(Shadow("x"), Wrap(5), Eq(1, 1))
	fmt.Println(Pair[string, int]("a", 1), Pair[string]("b", 2))
	var b Box[int]
	fmt.Println(b.v)
	p := new(int)
	*p = 4
	fmt.Println(*p)
	var s []int
	switch s {
	case nil:
		fmt.Println("nil slice")
	}
	buf := Buf{Buffer: new(bytes.Buffer)}
	buf.WriteString("hi")
	fmt.Println(buf.String(), buf.n)
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.String())
	var e error
	fmt.Println(e == nil)
	var x any = "s"
	switch v := x.(type) {
	case string:
		fmt.Println("string", v)
	}
	arr := [...]int{1, 2, 3}
	fmt.Println(len(arr))
	m := map[string]int{}
	v, ok := m["a"]
	fmt.Println(v, ok)
	strs := []string{"b", "a"}
	fmt.Println(strings.Join(strs, ","))
	var w fmt.Stringer
	fmt.Println(w == nil)
	_ = 1
	n := 3
	var k = n
	fmt.Println(k)
	type size int
	var q size = 2
	fmt.Println(q)
}
