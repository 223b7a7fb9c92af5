package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	fmt.Println(min(1.0, nan, 3.0), max(nan, 2.0), min(2.0, 1.0), max(-0.0, 0.0))
	fmt.Println(math.Signbit(min(0.0, math.Copysign(0, -1))), math.Signbit(max(math.Copysign(0, -1), 0.0)))
	fmt.Println(min("banana", "apple", "cherry"), max("a", "ab", "b"), min("", "a"))
	fmt.Println(min(3, 1, 2), max(3, 7, 5), min(2.5, 1), max(1, 'a'))
	const c = min(1, 2.5, -3)
	fmt.Printf("%T %v\n", c, c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	inf := math.Inf(1)
	fmt.Println(max(inf, nan), min(-inf, 0))
	type Score int
	fmt.Println(max(Score(3), Score(9)))
}
