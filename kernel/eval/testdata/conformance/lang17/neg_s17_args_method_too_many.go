package main

import "fmt"

type T struct{}

func (T) M(x int) {}

func main() {
	T{}.M(1, 2)
	fmt.Println()
}
