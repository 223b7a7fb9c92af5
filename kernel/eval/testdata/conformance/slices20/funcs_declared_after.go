package main

import "fmt"

// The funcs a slice or closure is passed to may be declared after main.
func main() {
	var a []int
	a = append(a, 1)
	run(func() { fmt.Println("a", len(a), cap(a)) })
	var b []int
	b = append(b, 1)
	fmt.Println("b", len(pass(b)), cap(b))
}

func run(f func()) { f() }

func pass(xs []int) []int { return xs }
