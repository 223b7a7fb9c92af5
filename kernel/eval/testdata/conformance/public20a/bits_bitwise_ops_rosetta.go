package main

import (
	"fmt"
	"math/bits"
)

func grayEncode(n uint) uint { return n ^ n>>1 }
func grayDecode(g uint) uint {
	n := g
	for s := uint(1); s < 64; s <<= 1 {
		n ^= n >> s
	}
	return n
}

func popcount(x uint64) int {
	c := 0
	for x != 0 {
		x &= x - 1
		c++
	}
	return c
}

func main() {
	a, b := 255, 170
	fmt.Printf("a&b=%d a|b=%d a^b=%d a&^b=%d ^a=%d a<<2=%d a>>3=%d\n", a&b, a|b, a^b, a&^b, ^a, a<<2, a>>3)
	var u8 uint8 = 0b1011_0001
	fmt.Printf("%08b %08b %08b %08b\n", u8, ^u8, u8<<3, bits.RotateLeft8(u8, 3))
	var i8 int8 = -16
	fmt.Println(i8>>2, i8<<2, uint8(i8)>>2)
	for i := uint(0); i < 8; i++ {
		g := grayEncode(i)
		fmt.Printf("%d %03b %03b %d\n", i, i, g, grayDecode(g))
	}
	for _, x := range []uint64{0, 1, 0xff, 0xdeadbeef, 1 << 63, ^uint64(0)} {
		fmt.Println(x, bits.OnesCount64(x), popcount(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x))
	}
	fmt.Println(bits.Reverse8(0b00010110), bits.ReverseBytes32(0x01020304), bits.Reverse16(1))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub32(1, 2, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize, bits.Len(255), bits.RotateLeft(1, -1) == 1<<(bits.UintSize-1))
	x := 0x12345678
	fmt.Printf("%#x %#x %#x\n", x&0xff, (x>>8)&0xff, x&^0xff00)
	var flags uint16
	const (
		Read uint16 = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	fmt.Println(flags&Write != 0, flags&Exec != 0, flags)
	flags ^= Exec
	flags &^= Read
	fmt.Println(flags)
	n := uint32(0xF0F0)
	n = n>>4 | n<<28
	fmt.Printf("%#x\n", n)
	isPow2 := func(v uint) bool { return v != 0 && v&(v-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(1))
	var s int64 = -1
	fmt.Println(uint64(s)>>60, s>>60, int32(s)<<31)
	var ff float64 = 5.5
	fmt.Printf("%016x\n", int64(ff))
}
