package main

import "fmt"

func F[T any, U interface{ T }](x U) {}

func main() {
	fmt.Println("x")
}
