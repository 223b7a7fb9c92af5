package main

import "fmt"

func Less[T any](a, b T) bool { return a < b }

func main() {
	fmt.Println(Less(1, 2))
}
