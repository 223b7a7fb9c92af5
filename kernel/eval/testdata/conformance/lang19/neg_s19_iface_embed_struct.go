package main

import "fmt"

type Point struct{ X, Y int }

type Shape interface {
	Point
}

func main() {
	var s Shape
	fmt.Println(s)
}
