package main

import "fmt"

type I interface{ M() }

func (i I) N() {}

func main() {
	fmt.Println("x")
}
