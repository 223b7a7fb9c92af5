package main

import "fmt"

func total(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var xs []int
	xs = append(xs, 1)
	fmt.Println(total(xs), len(xs), cap(xs))
	xs = append(xs, 2)
	fmt.Println(total(xs), len(xs), cap(xs))
}
