package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	var x, y = 3, 7
	m := min(x, y, 5)
	fmt.Printf("%T %v\n", m, m)
	fmt.Println(min(math.NaN(), 1), max(-0.0, 0.0), min(0.0, -0.0))
	const c = max(1, 2.5)
	fmt.Printf("%T %v\n", c, c)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	mm := map[string]int{"a": 1, "b": 2}
	clear(mm)
	fmt.Println(len(mm), mm)
	nanm := map[float64]int{math.NaN(): 1, math.NaN(): 2}
	fmt.Println(len(nanm))
	clear(nanm)
	fmt.Println(len(nanm))
	var u uint8 = 250
	fmt.Println(max(u, 3), min(u, 255))
}
