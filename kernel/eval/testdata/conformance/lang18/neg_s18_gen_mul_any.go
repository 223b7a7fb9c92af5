package main

import "fmt"

func Scale[T any](a, b T) T { return a * b }

func main() {
	fmt.Println(Scale(2, 3))
}
