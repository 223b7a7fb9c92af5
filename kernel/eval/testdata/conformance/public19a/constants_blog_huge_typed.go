package main

import (
	"fmt"
	"math"
)

type MyString string
type MyFloat float64

const (
	Big   = 1 << 100
	Small = Big >> 99
)

const typedHello string = "Hello, 世界"
const hello = "Hello, 世界"

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))
	var m MyString
	m = hello
	fmt.Println(m)
	var s string = typedHello
	fmt.Println(s, len(hello))
	fmt.Printf("%T %v\n", hello, hello)
	fmt.Printf("%T %T %T %T\n", 0, 0.0, 'x', 0i)
	fmt.Printf("%v %v\n", 'x', string('x'))
	var f32 float32 = 1 / 3.0
	var f64 = 1 / 3.0
	fmt.Println(f32, f64)
	const Huge = 1e1000
	fmt.Println(Huge / 1e999)
	fmt.Println(math.Pi)
	var pi32 float32 = math.Pi
	fmt.Println(pi32)
	const typedPi MyFloat = math.Pi
	fmt.Printf("%T %.5f\n", typedPi, typedPi)
	fmt.Println(1<<10/3, 7.0/2, 7/2, 7/2.0)
	const c = 'a' + 1
	fmt.Printf("%T %v %c\n", c, c, c)
	var b byte = 'a' + 1
	fmt.Println(b)
	var r rune = 'a' + 1
	fmt.Println(r)
	const maxU64 = math.MaxUint64
	var u64 uint64 = maxU64
	fmt.Println(u64, uint64(maxU64)>>63)
	x := 1.0 << 3
	fmt.Printf("%T %v\n", x, x)
	var sh uint = 3
	y := 1 << sh
	fmt.Printf("%T %v\n", y, y)
	var z float64 = 1 << 3
	fmt.Println(z)
	const big2 = Big * Big
	fmt.Println(big2 / Big / Big)
	fmt.Println(float64(Big) == math.Ldexp(1, 100))
}
