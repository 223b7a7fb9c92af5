package main

import (
	"fmt"
	"math"
)

func main() {
	// ExampleAtanh
	fmt.Printf("%.2f", math.Atanh(0))

	// ExampleCopysign
	fmt.Printf("%.2f", math.Copysign(3.2, -1))

	// ExampleCos
	fmt.Printf("%.2f", math.Cos(math.Pi/2))

	// ExampleCosh
	fmt.Printf("%.2f", math.Cosh(0))

	// ExampleSin
	fmt.Printf("%.2f", math.Sin(math.Pi))

	// ExampleSincos
	sin, cos := math.Sincos(0)
	fmt.Printf("%.2f, %.2f", sin, cos)
}
