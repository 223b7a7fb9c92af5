package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Ints []int

func takesSlice(s []int) int { return len(s) }

func describe(xs ...int) {
	fmt.Printf("%T %v %d %v\n", xs, xs, len(xs), xs == nil)
	fmt.Println(reflect.TypeOf(xs), takesSlice(xs))
	var s []int = xs
	s = append(s, 99)
	cp := append(xs[:0:0], xs...)
	sort.Ints(cp)
	fmt.Println(s, cp)
	switch v := any(xs).(type) {
	case []int:
		fmt.Println("slice of int", len(v))
	default:
		fmt.Println("other")
	}
	f := func() int { return len(xs) }
	xs = append(xs, 7)
	fmt.Println(f(), Ints(xs))
	m := map[string][]int{"k": xs}
	fmt.Println(m)
}

func gen[T any](xs ...T) {
	fmt.Printf("%T %v\n", xs, any(xs))
	_, ok := any(xs).([]T)
	fmt.Println(ok, reflect.TypeOf(xs).Kind())
	var ys []T = xs
	fmt.Println(len(ys))
}

func joinAll(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func main() {
	describe(3, 1, 2)
	describe()
	gen("a", "b")
	gen[int]()
	fmt.Println(joinAll("-", "a", "b"), joinAll(","))
	args := []any{"x", 1}
	fmt.Println(args...)
	fmt.Printf("%v %v\n", args...)
}
