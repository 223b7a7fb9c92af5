package main

import "fmt"

type A interface{ M() int }
type B interface{ M() string }
type C interface {
	A
	B
}

func main() {
	var c C
	fmt.Println(c)
}
