package main

import "fmt"

const third = 1 / 3

func main() {
	var f float64 = 7 / 2
	var g float32 = 1 / 3
	var h float64 = 7.0 / 2
	var i float64 = 7 / 2.0
	var c complex128 = 9 / 2
	const q int = -7 / 2
	var r float64
	r = 10 / 4
	fmt.Println(f, g, h, i, c, q, r, third, float64(third))
	fmt.Println(float64(7/2), 1/2*4.0, 1.0/2*4)
}
