package main

import "fmt"

func (xs []int) Sum() int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println("x")
}
