package main

import "fmt"

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int {
	d++
	fmt.Println("f called, d =", d)
	return d
}

func main() {
	fmt.Println(a, b, c, d)
}
