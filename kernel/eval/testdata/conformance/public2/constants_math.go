package main

import (
	"fmt"
	"math"
)

const s string = "constant"

func main() {
	fmt.Println(s)
	const n = 500000000
	const d = 3e20 / n
	fmt.Println(d)
	fmt.Println(int64(d))
	fmt.Println(math.Sin(n))
	const big = 1 << 100
	fmt.Println(big >> 98)
	fmt.Printf("%.4f %T\n", math.Pi*2, math.Pi*2)
}
