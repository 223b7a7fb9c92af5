package main

import "fmt"

// The spec's example: initialization order follows dependencies.
var (
	a = c + b // == 9
	b = f()   // == 4
	c = f()   // == 5
	d = 3     // == 5 after initialization has finished
)

func f() int {
	d++
	return d
}

func main() {
	fmt.Println(a, b, c, d)
}
