package main

import "fmt"

// Converting an untyped numeric constant expression to a string type
// gives the string of that code point: string('a' + 1) is "b", and in a
// constant declaration with iota the implicit repetition does the same
// (the interpreter refused it: "cannot use type untyped rune as type
// string in assignment").

type Letter string

const (
	first = string(iota + 'a')
	second
	third
)

const next = Letter('x' + 1)

func main() {
	fmt.Println(first, second, third, next, string('A'+2))
	var code = 'k'
	fmt.Println(string(code + 1))
}
