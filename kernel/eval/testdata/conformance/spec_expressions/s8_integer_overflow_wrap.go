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
	var i32 int32 = math.MaxInt32
	i32 += 10
	fmt.Println(i32)
	var i64 int64 = math.MinInt64
	fmt.Println(-i64, i64-1)
	var u uint = 0
	fmt.Println(u-1 == math.MaxUint)
	var m int8 = -128
	fmt.Println(m/-1, m*-1)
	x := int16(300)
	fmt.Println(int8(x), uint8(x), int8(-x))
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println(u16)
}
