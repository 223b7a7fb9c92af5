package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<40|1), bits.LeadingZeros32(1), bits.TrailingZeros(8))
	fmt.Println(bits.Len(255), bits.Reverse8(1), bits.RotateLeft8(0b10000001, 1), bits.ReverseBytes16(0x1234) == 0x3412)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	q, r := bits.Div32(0, 100, 7)
	fmt.Println(q, r, bits.UintSize)
}
