package main

import "fmt"

type Shape interface{ Area() float64 }

type T struct{}

func main() {
	var s Shape
	fmt.Println(s == T{})
}
