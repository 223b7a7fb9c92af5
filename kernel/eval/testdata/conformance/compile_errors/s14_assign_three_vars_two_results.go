package main

import "fmt"

func minMax(xs []int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func main() {
	lo, hi, n := minMax([]int{3, 1, 4})
	fmt.Println(lo, hi, n)
}
