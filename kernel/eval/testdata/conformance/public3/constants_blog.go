package main

import (
	"fmt"
	"math"
)

type MyString string
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const Huge = 1 << 100
const typedHello string = "Hello, 世界"
const hello = "Hello, 世界"

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	var m MyString
	m = hello
	fmt.Println(m)
	var s string = typedHello
	fmt.Println(s)
	fmt.Printf("%T %v\n", 'x', 'x')
	fmt.Printf("%T %v\n", 2.0, 2.0)
	fmt.Printf("%T %v\n", 1i, 1i)
	fmt.Printf("%T %v\n", hello, hello)
	var f32 float32 = 1e10
	fmt.Println(f32)
	const Big = 1e300
	fmt.Println(Big * 1e-290)
	fmt.Println(Huge >> 98)
	fmt.Println(math.Pi, float32(math.Pi))
	const Phi = 1.61803398874989484820458683436563811772030917980576286213544862
	fmt.Println(Phi)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Monday, Tuesday+0, Weekday(0))
	var u uint8 = 255
	fmt.Println(u + 1 - 1)
	const maxU8 = ^uint8(0)
	fmt.Println(maxU8, math.MaxInt64, uint64(math.MaxUint64))
	fmt.Println(7/2, 7/2.0, 7.0/2)
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1)
	sqrt2 := math.Sqrt2
	var fl float64 = 1 << 3
	fmt.Println(sqrt2, fl)
	const c = 'a' + 1
	fmt.Printf("%c %T\n", c, c)
	fmt.Println(len(hello), len([10]int{}))
}
