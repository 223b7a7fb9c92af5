package main

import "fmt"

var trace []string

func note(name string, v int) int {
	trace = append(trace, name)
	return v
}

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

var x = note("x", y*2)
var y = note("y", 5)
var total = sum(x, y, z)
var z = note("z", len(trace))

func f() int {
	d++
	return d
}

func sum(xs ...int) int {
	t := 0
	for _, v := range xs {
		t += v
	}
	return t
}

func init() {
	trace = append(trace, "init")
}

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(x, y, z, total)
	fmt.Println(trace)
}
