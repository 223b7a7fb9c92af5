package main

import (
	"fmt"
	"math"
)

const big = 1 << 100
const huge = big * big
const third = 1.0 / 3
const typedF float32 = 0.1

type Duration int64

const Second Duration = 1000
const Minute = 60 * Second

func main() {
	fmt.Println(big>>98, huge>>199, third)
	fmt.Println(Minute, Minute/Second)
	fmt.Printf("%T %T %T\n", Minute, third, 'a'+1)
	var f32 float32 = third
	var f64 float64 = third
	fmt.Println(f32, f64, float64(typedF), typedF)
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, -7%3, 7%-3)
	const c = 'x' - 'a'
	fmt.Println(c, string(rune('a'+c)))
	x := 10
	fmt.Println(x/4*4, x*1.0/4 == 2)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.MinInt64)
	fmt.Println(math.MaxInt8+1, int8(math.MaxInt8))
	const e = 1e3
	var n int = e
	fmt.Println(n, 1e2 == 100, 0x10p1, 0b1010, 0o17, 1_000_000)
	fmt.Println(len("héllo"), len([]rune("héllo")), 'é', "\u00e9" == "é")
	fmt.Println(1<<10-1, ^0, ^uint8(0), -(-128))
}
