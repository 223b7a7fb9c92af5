package main

import "fmt"

func Count[T any](x T) int { return len(x) }

func main() {
	fmt.Println(Count([]int{1}))
}
