package main

import "fmt"

type T struct{}

func (T) M() {}

func main() {
	T.M()
	fmt.Println()
}
