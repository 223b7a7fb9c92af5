package main

import "fmt"

func Sum[T any](a, b T) T { return a + b }

func main() {
	fmt.Println(Sum(1, 2))
}
