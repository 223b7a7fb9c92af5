package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9}
	for _, f := range fs {
		fmt.Print(int(f), " ", int64(f), " ", int32(f), "; ")
	}
	fmt.Println()
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32), int(f32))
	x := 3.999999999
	fmt.Println(int(x), uint8(x), math.Trunc(-x))
	var u uint64 = 1<<63 + 5
	fmt.Println(float64(u), float32(u))
	var i int64 = -9007199254740993
	fmt.Println(float64(i))
}
