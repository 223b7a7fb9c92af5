package main

import "fmt"

func mean(xs []int) float64 {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	fmt.Println(mean([]int{1, 2, 4}))
}
