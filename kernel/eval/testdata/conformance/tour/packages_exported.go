package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println("My favorite number is", r.IntN(10))
	fmt.Println(math.Pi, math.MaxInt8, math.Floor(-2.5), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Printf("%.2f %v %v\n", math.Cbrt(27), math.Hypot(3, 4), math.Mod(7, 3))
	fmt.Println(strings.Title("x") != "", math.IsNaN(math.Log(-1)), math.MaxUint32, math.MinInt64)
	fmt.Println(math.Trunc(2.7), math.Round(2.5), math.Abs(-3), math.Max(2, 7), math.Signbit(-0.0))
	var f32 float32 = 16777216.0
	fmt.Println(f32+1 == f32, math.Float64bits(1.0))
}
