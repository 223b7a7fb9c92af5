package main

import "fmt"

func Label[T any]() T {
	var s T = "x"
	return s
}

func main() {
	fmt.Println(Label[string]())
}
