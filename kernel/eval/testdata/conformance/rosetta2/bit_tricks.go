package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	x := uint64(0b1011_0110)
	fmt.Println(popcount(x), bits.OnesCount64(x))
	fmt.Println(bits.LeadingZeros8(uint8(x)), bits.TrailingZeros64(x), bits.Len(uint(x)))
	fmt.Printf("%08b %08b\n", bits.Reverse8(uint8(x)), bits.RotateLeft8(uint8(x), 3))
	fmt.Println(x&-x, x&(x-1), x|(x+1))
	var a, b int32 = -8, 3
	fmt.Println(a>>1, uint32(a)>>28, a<<b, a&^b, ^a, -a)
	isPow2 := func(n uint) bool { return n != 0 && n&(n-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	gray := func(n uint) uint { return n ^ (n >> 1) }
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%d:%03b ", i, gray(i))
	}
	fmt.Println()
	var u8 uint8 = 200
	u8 += 100
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, bits.ReverseBytes32(0x01020304) == 0x04030201)
}
