package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
)

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))
	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)
	var x, y int = 3, 4
	var f float64 = math.Sqrt(float64(x*x + y*y))
	var u uint = uint(f)
	fmt.Println(x, y, u)
	v := 42.5 + 0.5i
	fmt.Printf("v is of type %T\n", v)
	const World = "世界"
	fmt.Println("Hello", World, len(World))
	var i int
	var fl float64
	var b bool
	var s string
	fmt.Printf("%v %v %v %q\n", i, fl, b, s)
	fmt.Println(Big/Small == 1<<99, math.MaxInt8, math.MinInt64, uint8(MaxInt>>56)+1)
}
