package main

import "fmt"

func first(xs []int) int {
	for _, x := range xs {
		return x
	}
}

func main() {
	fmt.Println(first([]int{1}))
}
