package main

import (
	"fmt"
	"math"
)

type MyString string

const Huge = 1 << 100
const typedHello string = "Hello, 世界"

func main() {
	const hello = "Hello, 世界"
	var s string = hello
	var m MyString = hello
	m = "Hello, 世界"
	fmt.Println(s, m)
	fmt.Printf("%T %T %v\n", hello, typedHello, hello == typedHello)
	fmt.Printf("%T %v\n", 'x', 'x')
	fmt.Printf("%T %v\n", 2.0, 2.0)
	fmt.Printf("%T %v\n", 1+2i, 1+2i)
	fmt.Printf("%T %v\n", 1<<10, 1<<10)
	var f32 float32 = 1e-10
	var f64 = math.Pi
	fmt.Println(f32, f64, Huge>>98, Huge/(1<<99))
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big)
	var u uint8 = 255
	u++
	fmt.Println(u, ^uint32(0), math.MaxUint32, -1<<63)
	const (
		KB = 1 << (10 * (iota + 1))
		MB
		GB
	)
	fmt.Println(KB, MB, GB, GB/MB)
	type Weekday int
	const (
		Sunday Weekday = iota
		Monday
		Tuesday
	)
	fmt.Printf("%v %T\n", Tuesday, Tuesday)
	sqrt2 := math.Sqrt2
	const c = 'a' + 1
	fmt.Println(sqrt2*sqrt2 == 2, math.Sqrt2*math.Sqrt2 == 2, c, string(rune(c)))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, 7/2, -7/2, 7%-3, -7%3, 7.0/2)
	x := 10
	fmt.Println(x/3*3, float64(x)/3, 1/3.0)
}
