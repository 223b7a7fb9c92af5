package main

import (
	"fmt"
	"math"
)

func main() {
	// ExampleSinh
	{
		fmt.Printf("%.2f", math.Sinh(0))
	}

	// ExampleTan
	{
		fmt.Printf("%.2f", math.Tan(0))
	}

	// ExampleTanh
	{
		fmt.Printf("%.2f", math.Tanh(0))
	}

	// ExampleSqrt
	{
		const (
			a = 3
			b = 4
		)
		c := math.Sqrt(a*a + b*b)
		fmt.Printf("%.1f", c)
	}

	// ExampleCeil
	{
		c := math.Ceil(1.49)
		fmt.Printf("%.1f", c)
	}

	// ExampleFloor
	{
		c := math.Floor(1.51)
		fmt.Printf("%.1f", c)
	}
}
