package main

import "fmt"

type Shape interface{ Area() float64 }

type Dot struct{}

func main() {
	var sh Shape
	d, ok := sh.(Dot)
	fmt.Println(d, ok)
}
