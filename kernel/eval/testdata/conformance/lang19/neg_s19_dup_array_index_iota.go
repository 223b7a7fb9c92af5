package main

import "fmt"

const (
	A = iota
	B
)

func main() {
	names := [...]string{A: "a", B: "b", 1: "c"}
	fmt.Println(names)
}
