// x := 2 after x := 1 in the same block of a function: Go rejects it
// ("no new variables on left side of :="); an inner block may declare x
// again, and a, x := ... with a new a assigns x.
package main

import "fmt"

func total(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum := sum + x
		_ = sum
	}
	a, sum := 1, 2
	sum := a + sum
	return sum
}

func main() {
	fmt.Println(total([]int{1, 2}))
}
