package main

import (
	"fmt"
	"math"
)

func main() {
	x := int64(math.MinInt64)
	neg := int64(-1)
	fmt.Println(x/neg, x%neg, -x == x)
	one := int64(1)
	var i8 int8 = math.MinInt8
	m1 := int8(-1)
	fmt.Println(i8/m1, i8*m1)
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint, u+1)
	sh := 70
	fmt.Println(1<<sh == 0, one<<63, uint8(one)<<7<<1)
	var s int32 = -8
	fmt.Println(s>>1, s>>40, uint32(s)>>28)
	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	fmt.Println(1 << n)
}
