package main

import "fmt"

func Has[T any](s []T, x T) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func main() {
	fmt.Println(Has([]int{1}, 1))
}
