package main

import (
	"fmt"
	"math"
)

func main() {
	// ExampleAcos
	fmt.Printf("%.2f", math.Acos(1))

	// ExampleAcosh
	fmt.Printf("%.2f", math.Acosh(1))

	// ExampleAsin
	fmt.Printf("%.2f", math.Asin(0))

	// ExampleAsinh
	fmt.Printf("%.2f", math.Asinh(0))

	// ExampleAtan
	fmt.Printf("%.2f", math.Atan(0))

	// ExampleAtan2
	fmt.Printf("%.2f", math.Atan2(0, 0))
}
