package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	fmt.Println(min(3.5, 2, 7), max(1, 2.5))
	x, y := 4, -2
	fmt.Println(min(x, y, 0), max(x, y, 10))
	fmt.Println(max(1.0, math.NaN()), min(math.Inf(-1), 0))
	var u uint8 = 200
	fmt.Println(max(u, 100))
	const c = max(1, 2, 3)
	fmt.Printf("%v %T\n", c, c)
	fmt.Println(min(0.0, -0.0))
}
