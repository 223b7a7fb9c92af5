package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	c := int8(-128)
	c = -c
	fmt.Println(c)
	var d uint8 = 200
	fmt.Println(d*2, d+d, d<<1)
	var one int64 = 1
	fmt.Println(one<<63, one<<64)
	var u uint = 1
	fmt.Println(u<<70, -u)
	x := int32(1 << 30)
	fmt.Println(x * 4)
	var f float64 = 1
	var z float64
	fmt.Println(f/0, -f/0, z/z == z/z, f/z)
	var n int8 = -128
	fmt.Println(n/-1, n%-1)
	var g float32 = 3e38
	fmt.Println(g * 10)
}
