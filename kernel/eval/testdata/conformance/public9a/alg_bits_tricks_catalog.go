package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint32{0, 1, 6, 0x80000000, 0xdeadbeef, 12345}
	for _, x := range xs {
		fmt.Printf("%#010x ones=%2d lz=%2d tz=%2d len=%2d rev=%#010x rot3=%#010x bswap=%#010x\n",
			x, bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x),
			bits.Reverse32(x), bits.RotateLeft32(x, 3), bits.ReverseBytes32(x))
	}
	// lowbit, clear lowest, power of two, next pow2
	for _, v := range []uint{1, 12, 64, 100, 1023} {
		low := v & -v
		clr := v & (v - 1)
		pow2 := v != 0 && v&(v-1) == 0
		next := uint(1) << bits.Len(v-1)
		fmt.Println(v, low, clr, pow2, next)
	}
	hi, lo := bits.Mul64(0xffffffffffffffff, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 7)
	fmt.Println(q, r)
	// gray code
	for i := uint8(0); i < 8; i++ {
		g := i ^ i>>1
		fmt.Printf("%03b ", g)
	}
	fmt.Println()
	// signed shifts and overflow wrap
	var a int8 = -128
	var b int8 = 127
	b++
	fmt.Println(a>>1, a>>7, -a, b, uint8(a), int16(a)<<1)
	var u uint16 = 0
	u--
	fmt.Println(u, u>>15, ^u, ^0, ^uint8(5), 5&^3, -7/2, -7%2, -7>>1)
}
