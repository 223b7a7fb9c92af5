package main

import "fmt"

func Index[T any](xs []T) map[T]int {
	return map[T]int{}
}

func main() {
	fmt.Println(len(Index([]int{1})))
}
