package main

import "fmt"

const small int8 = -127
const maxU8 uint8 = 255

type Level int8

const (
	Low  Level = -128
	High Level = 127
)

func main() {
	fmt.Println(small-1, maxU8-255, maxU8/2, maxU8%7)
	fmt.Println(int8(1)<<6, uint8(1)<<7, int64(1)<<62, -int8(-127))
	fmt.Println(^uint8(0), ^uint16(0), ^int8(0), ^0)
	fmt.Println(Low, High, High+Low, -High-1 == Low)
	fmt.Printf("%T %T %T\n", small*1, maxU8>>1, High)
	const q int = -7 / 2
	const r int = -7 % 2
	fmt.Println(q, r, 7/-2, 7%-2)
	fmt.Println(uint8(255)&^15, int16(-32768)|1, uint32(1<<31)^1)
}
