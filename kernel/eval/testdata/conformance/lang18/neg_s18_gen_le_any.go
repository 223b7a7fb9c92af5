package main

import "fmt"

func AtMost[T any](a, b T) bool { return a <= b }

func main() {
	fmt.Println(AtMost(1, 2))
}
