package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(a, d)

func f(s string) int {
	fmt.Println("init", s)
	return len(s) * 10
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("init func", a, total)
}

func main() {
	fmt.Println(a, b, c, d, total)
}
