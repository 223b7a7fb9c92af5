package main

import (
	"fmt"
	"slices"
)

func main() {
	x := []int{4, 2, 8}
	min := slices.Min(x)
	fmt.Println(min(1, 2))
}
