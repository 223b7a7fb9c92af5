package main

import "fmt"

type T struct{}

func (T) M(n int) int { return n }

func main() {
	var t T
	fmt.Println(t.M())
}
