package main

import "fmt"

func Eq[T any](a, b T) bool { return a == b }

func main() {
	fmt.Println(Eq(1, 1))
}
