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
	i32 += 1
	fmt.Println(i32)
	var i64 int64 = math.MinInt64
	fmt.Println(-i64, i64/-1)
	var u16 uint16 = 65535
	fmt.Println(u16*u16, u16+1)
	x := math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
}
