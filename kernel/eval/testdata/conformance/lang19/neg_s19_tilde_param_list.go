package main

import "fmt"

func sum[T int | ~string | ~int](xs []T) int { return len(xs) }

func main() {
	fmt.Println(sum([]int{1}))
}
