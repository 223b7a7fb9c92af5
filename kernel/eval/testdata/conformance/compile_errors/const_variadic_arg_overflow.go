package main

import "fmt"

func g(xs ...int8) {}

func main() {
	g(1, 2, 300)
	fmt.Println()
}
