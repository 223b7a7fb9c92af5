package main

import "fmt"

func Pair[K comparable, V any](k K, v V) {}

func main() {
	Pair[int, string, bool](1, "a")
	fmt.Println("x")
}
