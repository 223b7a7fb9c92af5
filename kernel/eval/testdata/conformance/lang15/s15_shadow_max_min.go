package main

import (
	"fmt"
	"slices"
)

func main() {
	a, b := 3, 9
	max := max(a, b)
	x := []int{4, 2, 8}
	min := slices.Min(x)
	fmt.Println(max, min, max-min)
}
