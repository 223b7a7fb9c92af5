package main

import "fmt"

func Count[K any](xs []K) map[K]int {
	m := make(map[K]int)
	return m
}

func main() {
	fmt.Println(Count([]int{1}))
}
