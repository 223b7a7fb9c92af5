package main

import (
	"fmt"
	"math"
)

const big = 1 << 100
const huge = big * big
const tiny = 1.0 / big

func main() {
	fmt.Println(big >> 98)
	fmt.Println(huge >> 195)
	fmt.Println(tiny * big)
	var u uint64 = math.MaxUint64
	fmt.Println(u, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt8, math.MinInt8)
	fmt.Println(uint32(math.MaxUint32), int8(math.MinInt8), int16(math.MaxInt16))
	const x = big - big + 7
	var i8 int8 = x
	fmt.Println(i8)
	fmt.Println(float64(big), float32(big))
}
