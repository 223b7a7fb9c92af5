package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 6, 255, 1 << 40, 0xFFFFFFFFFFFFFFFF, 0x8000000000000001} {
		fmt.Println(x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x), bits.Reverse64(x)>>60)
	}
	isPow2 := func(x uint) bool { return x != 0 && x&(x-1) == 0 }
	nextPow2 := func(x uint32) uint32 {
		if x <= 1 {
			return 1
		}
		return 1 << bits.Len32(x-1)
	}
	for _, x := range []uint32{0, 1, 3, 16, 17, 1000} {
		fmt.Print(isPow2(uint(x)), nextPow2(x), " ")
	}
	fmt.Println()
	var set uint16
	for _, b := range []int{1, 3, 5, 15} {
		set |= 1 << b
	}
	fmt.Printf("%016b %d %v\n", set, bits.OnesCount16(set), set&(1<<3) != 0)
	for s := set; s != 0; s &= s - 1 {
		fmt.Print(bits.TrailingZeros16(s), " ")
	}
	fmt.Println()
	fmt.Println(bits.RotateLeft64(1, -1) == 1<<63, bits.ReverseBytes32(0x01020304) == 0x04030201, bits.Len8(0), bits.Len16(256))
	hi, lo := bits.Mul32(0xFFFFFFFF, 0xFFFFFFFF)
	q, r := bits.Div32(1, 0, 7)
	s, c := bits.Add32(0xFFFFFFFF, 0xFFFFFFFF, 1)
	fmt.Println(hi, lo, q, r, s, c, bits.Rem64(3, 5, 7))
	x := uint8(0b1011_0010)
	fmt.Printf("%08b %08b %08b %d\n", x, bits.Reverse8(x), bits.RotateLeft8(x, 3), bits.OnesCount8(x))
}
