package main

import "fmt"

func gen() func() int {
	x := 0
	return func() int {
		x++
		return x * x
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adders() []func(int) int {
	var fs []func(int) int
	for _, d := range []int{1, 10, 100} {
		fs = append(fs, func(x int) int { return x + d })
	}
	return fs
}

func main() {
	g1, g2 := gen(), gen()
	fmt.Println(g1(), g1(), g2(), g1())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, a := range adders() {
		fmt.Print(a(5), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	shared := make([]func() int, 2)
	y := 10
	shared[0] = func() int { y++; return y }
	shared[1] = func() int { y *= 2; return y }
	fmt.Println(shared[0](), shared[1](), y)
}
