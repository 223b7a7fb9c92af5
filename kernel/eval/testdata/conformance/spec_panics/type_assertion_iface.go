package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	defer func() { fmt.Println(recover()) }()
	var x any = 3
	_ = x.(Shape)
}
