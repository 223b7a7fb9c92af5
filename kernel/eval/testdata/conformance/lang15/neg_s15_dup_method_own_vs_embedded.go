package main

import "fmt"

type A interface{ M() int }

func main() {
	var x interface {
		A
		M() string
	}
	fmt.Println(x)
}
