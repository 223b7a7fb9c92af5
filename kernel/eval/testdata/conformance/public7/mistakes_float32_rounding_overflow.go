package main

import (
	"fmt"
	"math"
)

func main() {
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, s == 1)
	var a, b float32 = 16777216, 1
	fmt.Println(a+b, a+b+b, (a+b)+b == a, a+(b+b))
	x := float32(1) / 3
	y := x * 3
	fmt.Println(x, y, y == 1, float64(x)*3)
	var big float32 = 1e38
	fmt.Println(big*10, -big*10, big*10-big*10)
	var i8 int8 = -128
	fmt.Println(i8/-1, -i8, i8*i8)
	var u uint32 = 1
	fmt.Println(u<<31<<1, u-2, ^u)
	h := float32(math.Pi)
	fmt.Println(h, float64(h), h*h, math.Float32bits(h))
	f64 := 0.1
	f32 := float32(f64)
	fmt.Println(float64(f32) == f64, f32 == 0.1)
	c64 := complex64(complex(0.1, 0.2))
	fmt.Println(c64*c64, real(c64)+imag(c64))
	var acc float32 = 0
	for i := 1; i <= 1000; i++ {
		acc += 1 / float32(i)
	}
	fmt.Println(acc)
	z := float32(0.7)
	fmt.Println(z*z*z, int(z*100), int32(z*1e9))
	var d float64 = 1e308
	fmt.Println(d*10, math.IsInf(d*10, 1))
}
