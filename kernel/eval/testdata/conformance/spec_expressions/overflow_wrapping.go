package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println(i32)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(u16)
	var i64 int64 = 9223372036854775807
	i64 += 1
	fmt.Println(i64)
	x := int8(-128)
	fmt.Println(-x, x/-1, x*-1)
	var u uint = 3
	fmt.Println(u-5 > 0, int(u)-5)
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var acc uint64 = 1
	for i := 0; i < 70; i++ {
		acc *= 3
	}
	fmt.Println(acc)
	a, b := int16(300), int16(200)
	fmt.Println(a*b, int8(a), uint8(b), int32(a)*int32(b))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)+254))
}
