package main

import "fmt"

func main() {
	x, y, z := 5, 3, 2
	fmt.Println(x+y*z, (x+y)*z, x<<1+y, x&y|z, x^y&^z)
	fmt.Println(^x, -x, +x, !(x > y) || y > z && z > 0)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1, uint8(200)+uint8(x*20))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8*i8)
	var u uint32 = 1
	fmt.Println(u<<31, u<<32, ^u, u-2)
	f := 7.0
	fmt.Println(f/2, int(f)/2, 1/f)
	s := "a" + "b" + string(rune('c'))
	fmt.Println(s, s < "abd", "Z" < "a")
	b := 0x0F
	b &^= 0x05
	b |= 0x40
	b ^= 0xFF
	b <<= 2
	b >>= 1
	fmt.Printf("%#x %b %o %O\n", b, b, b, b)
}
