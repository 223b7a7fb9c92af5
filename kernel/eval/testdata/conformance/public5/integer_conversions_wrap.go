package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(u16)
	x := 300
	fmt.Println(uint8(x), int8(x), byte(x>>1))
	neg := -1
	fmt.Println(uint32(neg), uint64(neg), uint(neg) == math.MaxUint)
	big := int64(math.MaxInt64)
	fmt.Println(big+1 < 0, int32(big), uint32(big))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint8(f))
	var sh uint = 70
	one := int64(1)
	fmt.Println(1<<sh == 0, one<<63, -8>>1, uint8(0x80)>>7, int8(-128)>>7)
	var s int = -7
	fmt.Println(s/2, s%2, s>>1, -s/2, 7%-2)
	a, b := math.MinInt64, -1
	fmt.Println(a/b, a%b)
	fmt.Println(^0, ^uint8(0), ^int8(5), 5&^3, 6|9, 6^3)
	r := rune(0x10FFFF + 1)
	fmt.Println(string(r) == "\uFFFD", string(rune(65)), []byte(string(rune(233))))
	var c complex64 = complex(1, 2)
	fmt.Println(real(c)*2, imag(c), c*c)
	h := uint32(2166136261)
	for _, ch := range []byte("hash me") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h)
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, math.MaxInt32)
	fl := float32(16777217)
	fmt.Println(fl, float64(fl) == 16777216, float32(0.1) == 0.1, float64(float32(0.1)))
}
