package main

import "fmt"

var trace []string

func note(name string, v int) int {
	trace = append(trace, name)
	return v
}

// Package-level variables are initialized in dependency order, then in
// declaration order among those ready.
var (
	a = note("a", c+b)
	b = note("b", f())
	c = note("c", 3)
	d = note("d", 4)
)

var x, y = note("x", d*2), note("y", 0)

func f() int { return note("f-reads-d", d) }

var e = func() int { return note("e", a+1) }()

func init() {
	trace = append(trace, "init1")
}

func init() {
	trace = append(trace, "init2")
}

func main() {
	fmt.Println(a, b, c, d, e, x, y)
	for _, t := range trace {
		fmt.Print(t, " ")
	}
	fmt.Println()
}
