package main

import (
	"fmt"
	"math/bits"
)

func main() {
	// ExampleAdd32
	{
		// First number is 33<<32 + 12
		n1 := []uint32{33, 12}
		// Second number is 21<<32 + 23
		n2 := []uint32{21, 23}
		// Add them together without producing carry.
		d1, carry := bits.Add32(n1[1], n2[1], 0)
		d0, _ := bits.Add32(n1[0], n2[0], carry)
		nsum := []uint32{d0, d1}
		fmt.Printf("%v + %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)

		// First number is 1<<32 + 2147483648
		n1 = []uint32{1, 0x80000000}
		// Second number is 1<<32 + 2147483648
		n2 = []uint32{1, 0x80000000}
		// Add them together producing carry.
		d1, carry = bits.Add32(n1[1], n2[1], 0)
		d0, _ = bits.Add32(n1[0], n2[0], carry)
		nsum = []uint32{d0, d1}
		fmt.Printf("%v + %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)
	}

	// ExampleAdd64
	{
		// First number is 33<<64 + 12
		n1 := []uint64{33, 12}
		// Second number is 21<<64 + 23
		n2 := []uint64{21, 23}
		// Add them together without producing carry.
		d1, carry := bits.Add64(n1[1], n2[1], 0)
		d0, _ := bits.Add64(n1[0], n2[0], carry)
		nsum := []uint64{d0, d1}
		fmt.Printf("%v + %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)

		// First number is 1<<64 + 9223372036854775808
		n1 = []uint64{1, 0x8000000000000000}
		// Second number is 1<<64 + 9223372036854775808
		n2 = []uint64{1, 0x8000000000000000}
		// Add them together producing carry.
		d1, carry = bits.Add64(n1[1], n2[1], 0)
		d0, _ = bits.Add64(n1[0], n2[0], carry)
		nsum = []uint64{d0, d1}
		fmt.Printf("%v + %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)
	}

	// ExampleSub32
	{
		// First number is 33<<32 + 23
		n1 := []uint32{33, 23}
		// Second number is 21<<32 + 12
		n2 := []uint32{21, 12}
		// Sub them together without producing carry.
		d1, carry := bits.Sub32(n1[1], n2[1], 0)
		d0, _ := bits.Sub32(n1[0], n2[0], carry)
		nsum := []uint32{d0, d1}
		fmt.Printf("%v - %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)

		// First number is 3<<32 + 2147483647
		n1 = []uint32{3, 0x7fffffff}
		// Second number is 1<<32 + 2147483648
		n2 = []uint32{1, 0x80000000}
		// Sub them together producing carry.
		d1, carry = bits.Sub32(n1[1], n2[1], 0)
		d0, _ = bits.Sub32(n1[0], n2[0], carry)
		nsum = []uint32{d0, d1}
		fmt.Printf("%v - %v = %v (carry bit was %v)\n", n1, n2, nsum, carry)
	}
}
