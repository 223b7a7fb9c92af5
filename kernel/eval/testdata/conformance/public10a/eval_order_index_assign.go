package main

import "fmt"

func main() {
	// The index expressions on the left and the operands on the right are
	// evaluated first, then the assignments happen left to right.
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 2
	fmt.Println(i, a)

	i = 0
	a[i], i = 5, 2
	fmt.Println(i, a)

	x, y := 1, 1
	for k := 0; k < 6; k++ {
		x, y = y, x+y
	}
	fmt.Println(x, y)

	b := []int{10, 20, 30}
	j := 1
	b[j], b[j+1], j = b[j+1], b[j], 0
	fmt.Println(b, j)
}
