package main

import "fmt"

func Diff[T any](a, b T) bool { return a != b }

func main() {
	fmt.Println(Diff(1, 2))
}
