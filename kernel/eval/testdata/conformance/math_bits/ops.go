package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(0b1011), bits.OnesCount8(255), bits.OnesCount64(1<<40|1))
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros32(1), bits.TrailingZeros16(8), bits.TrailingZeros(0))
	fmt.Println(bits.Len(255), bits.Len8(0), bits.Len64(1<<63))
	fmt.Printf("%08b\n", bits.Reverse8(0b00010011))
	fmt.Printf("%016b\n", bits.RotateLeft16(1, -1))
	fmt.Printf("%#x\n", bits.ReverseBytes32(0x01020304))
	fmt.Println(bits.RotateLeft8(0b10000001, 1))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub32(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 1<<32)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize, bits.Rem32(1, 2, 7))
}
