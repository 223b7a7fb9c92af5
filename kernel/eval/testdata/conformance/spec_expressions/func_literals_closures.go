package main

import "fmt"

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(3), compose(dbl, inc)(3))
	pos := adder()
	for i := 0; i < 5; i++ {
		fmt.Print(pos(i), " ")
	}
	fmt.Println()
	fmt.Println(func(a, b int) int { return a * b }(6, 7))
}
