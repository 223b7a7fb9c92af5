package main

import (
	"fmt"
	"math/bits"
)

func main() {
	// ExampleSub64
	{
		// First number is 33<<64 + 23
		n1 := []uint64{33, 23}
		// Second number is 21<<64 + 12
		n2 := []uint64{21, 12}
		// Sub them together without producing carry.
		d1, carry := bits.Sub64(n1[1], n2[1], 0)
		d0, _ := bits.Sub64(n1[0], n2[0], carry)
		nsum := []uint64{d0, d1}
		fmt.Printf("%v - %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)

		// First number is 3<<64 + 9223372036854775807
		n1 = []uint64{3, 0x7fffffffffffffff}
		// Second number is 1<<64 + 9223372036854775808
		n2 = []uint64{1, 0x8000000000000000}
		// Sub them together producing carry.
		d1, carry = bits.Sub64(n1[1], n2[1], 0)
		d0, _ = bits.Sub64(n1[0], n2[0], carry)
		nsum = []uint64{d0, d1}
		fmt.Printf("%v - %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)
	}

	// ExampleMul32
	{
		// First number is 0<<32 + 12
		n1 := []uint32{0, 12}
		// Second number is 0<<32 + 12
		n2 := []uint32{0, 12}
		// Multiply them together without producing overflow.
		hi, lo := bits.Mul32(n1[1], n2[1])
		nsum := []uint32{hi, lo}
		fmt.Printf("%v * %v = %v\n", n1[1], n2[1], nsum)

		// First number is 0<<32 + 2147483648
		n1 = []uint32{0, 0x80000000}
		// Second number is 0<<32 + 2
		n2 = []uint32{0, 2}
		// Multiply them together producing overflow.
		hi, lo = bits.Mul32(n1[1], n2[1])
		nsum = []uint32{hi, lo}
		fmt.Printf("%v * %v = %v\n", n1[1], n2[1], nsum)
	}

	// ExampleMul64
	{
		// First number is 0<<64 + 12
		n1 := []uint64{0, 12}
		// Second number is 0<<64 + 12
		n2 := []uint64{0, 12}
		// Multiply them together without producing overflow.
		hi, lo := bits.Mul64(n1[1], n2[1])
		nsum := []uint64{hi, lo}
		fmt.Printf("%v * %v = %v\n", n1[1], n2[1], nsum)

		// First number is 0<<64 + 9223372036854775808
		n1 = []uint64{0, 0x8000000000000000}
		// Second number is 0<<64 + 2
		n2 = []uint64{0, 2}
		// Multiply them together producing overflow.
		hi, lo = bits.Mul64(n1[1], n2[1])
		nsum = []uint64{hi, lo}
		fmt.Printf("%v * %v = %v\n", n1[1], n2[1], nsum)
	}
}
