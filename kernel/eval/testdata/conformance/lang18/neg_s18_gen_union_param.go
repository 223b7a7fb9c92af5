package main

import "fmt"

type Number interface{ int | float64 }

func Add(a, b Number) Number { return a }

func main() {
	fmt.Println("x")
}
