package main

import "fmt"

var (
	a = iota
	b
)

func main() {
	fmt.Println(a, b)
}
