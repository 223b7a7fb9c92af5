package main

import (
	"fmt"
	"strings"
)

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Twice[T any](f func(T) T) func(T) T { return func(x T) T { return f(f(x)) } }

func Id[T any](x T) T { return x }

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

func main() {
	ops := map[string]func(int) int{
		"id":  Id[int],
		"inc": func(x int) int { return x + 1 },
	}
	ops["twice"] = Twice(ops["inc"])
	for _, k := range []string{"id", "inc", "twice"} {
		fmt.Println(k, ops[k](10))
	}
	fs := []func(string) string{strings.ToUpper, Id[string], Twice(func(s string) string { return s + "!" })}
	fmt.Println(Apply("go", fs...))
	p := Pick[float64]
	fmt.Println(p(1, 2, false))
	var q func(string, string, bool) string = Pick[string]
	fmt.Println(q("a", "b", true), q != nil)
	fmt.Printf("%T\n", p)
}
