package main

import "fmt"

func Reset[T any]() T {
	var z T = 0
	return z
}

func main() {
	fmt.Println(Reset[int]())
}
