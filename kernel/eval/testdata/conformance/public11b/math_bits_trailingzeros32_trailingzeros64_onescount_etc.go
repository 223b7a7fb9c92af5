package main

import (
	"fmt"
	"math/bits"
)

func main() {
	// ExampleTrailingZeros32
	fmt.Printf("TrailingZeros32(%032b) = %d\n", 14, bits.TrailingZeros32(14))

	// ExampleTrailingZeros64
	fmt.Printf("TrailingZeros64(%064b) = %d\n", 14, bits.TrailingZeros64(14))

	// ExampleOnesCount
	fmt.Printf("OnesCount(%b) = %d\n", 14, bits.OnesCount(14))

	// ExampleOnesCount8
	fmt.Printf("OnesCount8(%08b) = %d\n", 14, bits.OnesCount8(14))

	// ExampleOnesCount16
	fmt.Printf("OnesCount16(%016b) = %d\n", 14, bits.OnesCount16(14))

	// ExampleOnesCount32
	fmt.Printf("OnesCount32(%032b) = %d\n", 14, bits.OnesCount32(14))
}
