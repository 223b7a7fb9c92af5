package main

import (
	"fmt"
	"math"
)

func main() {
	// ExampleLog10
	fmt.Printf("%.1f", math.Log10(100))

	// ExampleRemainder
	fmt.Printf("%.1f", math.Remainder(100, 30))

	// ExampleMod
	c := math.Mod(7, 4)
	fmt.Printf("%.1f", c)

	// ExampleAbs
	x := math.Abs(-2)
	fmt.Printf("%.1f\n", x)

	y := math.Abs(2)
	fmt.Printf("%.1f\n", y)

	// ExampleDim
	fmt.Printf("%.2f\n", math.Dim(4, -2))
	fmt.Printf("%.2f\n", math.Dim(-4, 2))

	// ExampleExp
	fmt.Printf("%.2f\n", math.Exp(1))
	fmt.Printf("%.2f\n", math.Exp(2))
	fmt.Printf("%.2f\n", math.Exp(-1))
}
