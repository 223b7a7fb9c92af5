package main

import (
	"fmt"
	"math"
)

const (
	Big     = 1 << 100
	Small   = Big >> 99
	Third   = 1.0 / 3
	Precise = 0.1 + 0.2
)

func needFloat(x float64) float64 { return x * 0.1 }
func needInt(x int) int           { return x*10 + 1 }

func main() {
	fmt.Println(needInt(Small), needFloat(Small), needFloat(Big))
	fmt.Println(Third, Precise == 0.3, 0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	const r = 'x' - 'a'
	fmt.Printf("%T %v\n", r, r)
	const h = 7 / 2
	const hf = 7 / 2.0
	fmt.Println(h, hf)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.MinInt8)
	var f32 float32 = 16777217
	fmt.Println(f32, int64(f32))
	const s = len("héllo")
	var arr [s]int
	fmt.Println(len(arr), s)
	fmt.Println(1<<10-1, 1e3, 2.0e-3*1000)
}
