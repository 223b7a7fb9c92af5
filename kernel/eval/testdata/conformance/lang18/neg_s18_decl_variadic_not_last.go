package main

import "fmt"

func f(xs ...int, s string) {}

func main() {
	fmt.Println("x")
}
