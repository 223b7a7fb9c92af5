package main

import "fmt"

// Package-level declarations may reuse the predeclared names (int, len,
// true, string, ...): they shadow them in the package, while constants and
// variables keep their default types (the interpreter changed the
// predeclared symbol itself when it compiled `const int = 5` before the
// package's declarations were all known: "CFG post-order panic: nil pointer
// dereference" at the next untyped constant).

func main() {
	n := int + len + 1
	fmt.Println(n, true, string)
	x := 7
	fmt.Printf("%T %v %T\n", x, x, 2.5)
	fmt.Println(double(4))
}

func double(v float64) float64 { return v * 2 }

const int = 5

var len = 10

const true = "yes"

var string = []byte("bytes")
