package main

import "fmt"

func Same[T any](a, b T) bool { return a == b }

func main() {
	fmt.Println(Same("a", "a"))
}
