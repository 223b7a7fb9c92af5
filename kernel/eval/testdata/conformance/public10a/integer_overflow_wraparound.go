package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint)
	var i16 int16 = math.MinInt16
	i16--
	fmt.Println(i16)
	a, b := int32(math.MaxInt32), int32(2)
	fmt.Println(a*b, a+a, -a-2)
	var u8 uint8 = 10
	fmt.Println(u8-20, u8*30, ^u8, -u8)
	x := math.MaxInt64
	fmt.Println(x+1 == math.MinInt64, x*2)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	// Conversions between signed and unsigned reinterpret the bits.
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(int32(neg)), int8(uint8(neg+201)))
	var f float64 = 300
	fmt.Println(uint8(int(f)), int8(int(f)))
}
