package main

import "fmt"

func Same[T any](a, b T) bool { return true }

func main() {
	fmt.Println(Same(1, "a"))
}
