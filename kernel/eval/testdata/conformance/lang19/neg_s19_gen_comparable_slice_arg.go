package main

import "fmt"

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Index([][]int{{1}}, []int{1}))
}
