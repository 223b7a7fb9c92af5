package main

import "fmt"

// A return statement with values, in a function with named results,
// evaluates every value before it assigns any result: `return b, a` swaps
// the named results (the interpreter stored a first, then read it back as
// the second value, returning 2 2).

func swap() (a, b int) {
	a, b = 1, 2
	return b, a
}

func rotate() (x, y, z string) {
	x, y, z = "x", "y", "z"
	return y, z, x
}

type point struct{ X, Y int }

func mirror() (p, q point) {
	p, q = point{1, 2}, point{3, 4}
	return q, p
}

func main() {
	fmt.Println(swap())
	fmt.Println(rotate())
	fmt.Println(mirror())
}
