package main

import "fmt"

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

var x = func() int {
	fmt.Println("initializing x after a, b, c, d")
	return a * 2
}()

func init() {
	fmt.Println("init: a, b, c, d, x =", a, b, c, d, x)
	d = 100
}

func main() {
	fmt.Println(a, b, c, d, x)
}
