package main

import "fmt"

func main() {
	var s uint = 2
	a := 1 << s
	var b int32 = 1 << s
	var c = uint64(1<<s) + 1
	fmt.Printf("%T %v %T %v %T %v\n", a, a, b, b, c, c)
	const big = 1 << 40
	fmt.Println(big>>s, int64(big)<<s)
	var f float64 = 1 << 3
	fmt.Println(f)
	x := 10
	x >>= 1
	x <<= s
	fmt.Println(x)
	var u8 uint8 = 0x80
	fmt.Println(u8<<1, u8>>7, u8<<s>>s)
	var i16 int16 = -1
	fmt.Println(uint16(i16)>>8, i16>>15, i16<<15)
}
