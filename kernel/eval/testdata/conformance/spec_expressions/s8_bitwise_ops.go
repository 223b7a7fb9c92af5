package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0xF0
	fmt.Println(^u, u&^0x30, u>>4|u<<4)
	fmt.Printf("%08b %o %O %x %X\n", 37, 64, 64, 255, 255)
	x := 1_000_000
	fmt.Println(x, 0x_FF, 0o17, 017)
	var i int32 = -1
	fmt.Println(uint32(i), i>>31, uint32(i)>>31)
	fmt.Println(6&3 == 2, 1+2*3<<1, (1+2)*3, 5-3-1, 2*3%4)
}
