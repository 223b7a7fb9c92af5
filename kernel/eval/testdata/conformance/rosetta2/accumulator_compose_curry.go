package main

import (
	"fmt"
	"math"
	"strings"
)

func accumulator(sum float64) func(float64) float64 {
	return func(nv float64) float64 {
		sum += nv
		return sum
	}
}

func compose[A, B, C any](f func(B) C, g func(A) B) func(A) C {
	return func(x A) C { return f(g(x)) }
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

type fn func(float64) float64

func main() {
	x := accumulator(1)
	x(5)
	accumulator(3)
	fmt.Println(x(2.3))
	sinAsin := compose(math.Sin, math.Asin)
	fmt.Printf("%.6f\n", sinAsin(.5))
	shout := compose(strings.ToUpper, strings.TrimSpace)
	fmt.Printf("%q\n", shout("  hey "))
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(3), add(1)(1))
	funcs := []fn{math.Sin, math.Cos, func(x float64) float64 { return x * x * x }}
	inv := []fn{math.Asin, math.Acos, math.Cbrt}
	for i := range funcs {
		fmt.Printf("%.4f\n", compose(inv[i], funcs[i])(.5))
	}
	var fs [5]func() int
	for i := range fs {
		fs[i] = func() int { return i * i }
	}
	fmt.Println(fs[3]())
}
