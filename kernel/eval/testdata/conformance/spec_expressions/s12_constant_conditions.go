package main

// Conditions made of constants (const level = 2; level > 3) behave as any
// other: && and || evaluate their right operand only when it decides the
// result, and a negated constant condition is a condition too.

import "fmt"

const (
	level = 2
	name  = "gonotes"
)

var calls []string

func check(s string) bool {
	calls = append(calls, s)
	return true
}

func main() {
	a := level > 3 && check("and-false")
	b := level < 3 || check("or-true")
	c := level == 2 && check("and-true")
	d := len(name) > 10 || check("or-false")
	fmt.Println(a, b, c, d, calls)

	calls = nil
	if level > 3 && check("if-and") {
		fmt.Println("never")
	}
	if !(level > 1) {
		fmt.Println("never either")
	} else {
		fmt.Println("negated constant condition is false")
	}
	if !(len(name) == 7) || check("if-or") {
		fmt.Println("or reached its right operand")
	}
	for i := 0; level > 3 && check("loop"); i++ {
		fmt.Println("no iteration")
	}
	fmt.Println(calls)
}
