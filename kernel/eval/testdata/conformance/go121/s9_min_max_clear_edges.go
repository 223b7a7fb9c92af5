package main

import (
	"fmt"
	"math"
)

type celsius float64

func main() {
	fmt.Println(min(1), max(2, 7, -1), min("b", "a", "c"), max("", "z"))
	fmt.Println(min(math.Inf(1), 3.5), max(math.Inf(-1), -1e300))
	negZero := math.Copysign(0, -1)
	fmt.Println(math.Signbit(min(0.0, negZero)), math.Signbit(max(negZero, 0.0)))
	fmt.Println(math.IsNaN(min(1.0, math.NaN(), 2.0)), math.IsNaN(max(math.NaN(), 1.0)))
	var t celsius = min(celsius(20.5), 18)
	fmt.Printf("%T %v\n", t, t)
	const c = max(1, 2.5)
	fmt.Println(c)
	m := map[float64]int{math.NaN(): 1, 1: 2}
	clear(m)
	fmt.Println(len(m))
	s := []string{"x", "y"}
	clear(s[:1])
	fmt.Printf("%q %d\n", s, len(s))
}
