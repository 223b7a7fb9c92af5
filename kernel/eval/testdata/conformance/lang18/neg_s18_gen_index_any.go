package main

import "fmt"

func First[T any](x T) int { return x[0] }

func main() {
	fmt.Println(First([]int{1}))
}
