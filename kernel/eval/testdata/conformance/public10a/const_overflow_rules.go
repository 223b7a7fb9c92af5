package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Small = Huge >> 98

func main() {
	// Untyped constants are exact: intermediate values may be huge.
	fmt.Println(Small, Huge/(1<<97))
	const f = 1e300 * 1e300 / 1e300
	fmt.Println(f)
	var u8 uint8 = 255
	u8++ // run time: wraps
	fmt.Println(u8)
	var i8 int8 = -128
	i8 = -i8
	fmt.Println(i8)
	i8 = math.MinInt8
	fmt.Println(i8/-1, i8*-1)
	var x int32 = math.MaxInt32
	x += 1
	fmt.Println(x)
	fmt.Println(uint32(1<<32-1), math.MaxUint32, uint64(math.MaxUint64))
	const big = math.MaxUint64
	fmt.Println(big/2 > math.MaxInt32, float64(big))
	fmt.Println(^uint8(0), ^0, -(-128), int8(-128))
}
