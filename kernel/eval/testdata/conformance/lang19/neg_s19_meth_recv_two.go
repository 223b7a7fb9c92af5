package main

import "fmt"

type T int

func (a, b T) Sum() T { return a + b }

func main() {
	fmt.Println("x")
}
