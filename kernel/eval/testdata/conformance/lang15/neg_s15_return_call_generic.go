package main

import "fmt"

func pair[T any](v T) (T, T) { return v, v }

func first[T any](v T) T {
	return pair(v)
}

func main() {
	fmt.Println(first(1))
}
