package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	var x int8 = 5
	fmt.Println(min(x, 10), max(x, -3))
	fmt.Println(min(1.0, math.NaN()), max(math.Inf(-1), 0))
	const c = max(1, 2.5)
	fmt.Println(c)
	fmt.Println(min(-0.0, 0.0), max("", "z"))
}
