package main

import (
	"fmt"
	"math"
)

func shift(x int, n int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	return x << n, nil
}

func main() {
	x := math.MinInt64
	y := -1
	fmt.Println(x/y, x%y, -x == x)
	var i32 int32 = math.MinInt32
	var m1 int32 = -1
	fmt.Println(i32/m1, i32%m1, i32*m1)
	var i8 int8 = -128
	var d8 int8 = -1
	fmt.Println(i8/d8, i8*d8, -i8)
	for _, n := range []int{0, 1, 63, 64, 100} {
		fmt.Print(1<<n, " ")
	}
	fmt.Println()
	for _, n := range []uint{0, 7, 8, 9} {
		var b uint8 = 0xff
		var s int8 = -1
		fmt.Print(b<<n, ",", b>>n, ",", s<<n, ",", s>>n, " ")
	}
	fmt.Println()
	fmt.Println(shift(3, 2))
	fmt.Println(shift(3, -1))
	a := -7
	b := 2
	fmt.Println(a/b, a%b, a>>1, uint(a)>>60, a&b, a|b, a^b, a&^b, ^a)
	var u uint = 3
	var v uint = 5
	fmt.Println(u-v, int(u-v), u*math.MaxUint, uint32(u-v))
	f := -1.0
	fmt.Println(uint8(int(f)), uint16(int16(f*300)), int8(200+int(f)*0), int16(40000-int(f)*0))
	c := 1000
	fmt.Println(int8(c), uint8(c), int16(c*100), uint32(c*c*c*5))
	h := uint32(2166136261)
	for _, ch := range []byte("hash me") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h)
	var acc uint64 = 1
	for i := 0; i < 70; i++ {
		acc = acc*31 + uint64(i)
	}
	fmt.Println(acc)
	var sacc int64 = 1
	for i := int64(0); i < 50; i++ {
		sacc = sacc*-37 + i
	}
	fmt.Println(sacc)
	fmt.Println(math.MaxInt32+1, math.MinInt64, uint64(1<<64-1), 077, 0o17, 0b1011, 0x_FF, 1_000_000)
}
