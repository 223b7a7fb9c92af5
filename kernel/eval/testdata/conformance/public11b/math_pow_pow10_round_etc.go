package main

import (
	"fmt"
	"math"
)

func main() {
	// ExamplePow
	{
		c := math.Pow(2, 3)
		fmt.Printf("%.1f", c)
	}

	// ExamplePow10
	{
		c := math.Pow10(2)
		fmt.Printf("%.1f", c)
	}

	// ExampleRound
	{
		p := math.Round(10.5)
		fmt.Printf("%.1f\n", p)

		n := math.Round(-10.5)
		fmt.Printf("%.1f\n", n)
	}

	// ExampleRoundToEven
	{
		u := math.RoundToEven(11.5)
		fmt.Printf("%.1f\n", u)

		d := math.RoundToEven(12.5)
		fmt.Printf("%.1f\n", d)
	}

	// ExampleLog
	{
		x := math.Log(1)
		fmt.Printf("%.1f\n", x)

		y := math.Log(2.7183)
		fmt.Printf("%.1f\n", y)
	}

	// ExampleLog2
	{
		fmt.Printf("%.1f", math.Log2(256))
	}
}
