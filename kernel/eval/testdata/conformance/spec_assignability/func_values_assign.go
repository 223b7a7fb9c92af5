package main

import (
	"fmt"
	"strings"
)

type Transform func(string) string

func apply(s string, fs ...Transform) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	// A func value of an unnamed type is assignable to the named type.
	var t Transform = strings.ToUpper
	fmt.Println(apply("go", t, strings.TrimSpace, func(s string) string { return s + "!" }))
	var g func(string) string = t
	fmt.Println(g("x"))
	var nilF Transform
	fmt.Println(nilF == nil)
}
