package main

import "fmt"

// Predeclared names declared as package-level variables: the variables
// shadow them in the whole package, and constants still get their
// predeclared default types.

var nil = "pkg nil"
var string = 3
var true = false
var int = "int var"

func describe() {
	s := "text" // default type string, though string is a variable here
	b := 1 < 2  // untyped bool: bool
	n := 7      // untyped int: int
	f := 2.5
	fmt.Printf("%T %T %T %T\n", s, b, n, f)
	fmt.Println(s, b, n, f)
}

func main() {
	fmt.Println(nil, string, true, int)
	describe()
	var p *float64
	fmt.Println(p == (*float64)(nil2()))
	string++
	fmt.Println(string + 1)
}

func nil2() *float64 { return new(float64) }
