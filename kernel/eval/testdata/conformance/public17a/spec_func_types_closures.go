package main

import "fmt"

type binop func(int, int) int

func (f binop) apply(xs []int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = f(acc, x)
	}
	return acc
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func main() {
	add := binop(func(a, b int) int { return a + b })
	mul := binop(func(a, b int) int { return a * b })
	xs := []int{1, 2, 3, 4}
	fmt.Println(add.apply(xs), mul.apply(xs))
	inc, reset := counter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	var nilf func()
	fmt.Println(nilf == nil)
	fib := func() func() int {
		a, b := 0, 1
		return func() int { r := a; a, b = b, a+b; return r }
	}()
	for range 8 {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	fmt.Println(func(x int) int { return x * x }(9))
}
