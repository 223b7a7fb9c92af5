package main

import "fmt"

type T struct{}

func (T) Add(a, b int) int { return a + b }

func main() {
	fmt.Println(T{}.Add(1))
}
