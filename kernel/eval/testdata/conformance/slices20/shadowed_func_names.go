package main

import "fmt"

func apply(f func()) { f() }

func keep(xs []int) []int { return xs }

var hook func()

var saved []int

// A parameter or a local variable named as a func of the package that
// keeps its arguments on the stack is another func: the closures and
// slices given to it escape.
func run(apply func(func()), keep func([]int) []int) {
	var a []int
	a = append(a, 1)
	apply(func() { fmt.Println("a", len(a), cap(a)) })
	var b []int
	b = append(b, 1)
	fmt.Println("b", len(keep(b)), cap(b))
}

func main() {
	run(func(f func()) { hook = f; f() }, func(xs []int) []int { saved = xs; return xs })
	{
		apply := func(f func()) { hook = f; f() }
		var c []int
		c = append(c, 1)
		apply(func() { fmt.Println("c", len(c), cap(c)) })
	}
	var d []int
	d = append(d, 1)
	apply(func() { fmt.Println("d", len(d), cap(d)) })
}
