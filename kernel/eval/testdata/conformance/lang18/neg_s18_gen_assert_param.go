package main

import "fmt"

func AsInt[T any](x T) int { return x.(int) }

func main() {
	fmt.Println(AsInt(1))
}
