package main

import "fmt"

type A interface{ M() int }
type B interface{ M() string }

type AB interface {
	A
	B
}

func main() {
	var x AB
	fmt.Println(x)
}
