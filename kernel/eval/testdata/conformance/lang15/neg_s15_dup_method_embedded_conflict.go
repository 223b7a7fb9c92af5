package main

import "fmt"

type A interface{ M() int }
type B interface{ M() string }

func main() {
	var x interface {
		A
		B
	}
	fmt.Println(x)
}
