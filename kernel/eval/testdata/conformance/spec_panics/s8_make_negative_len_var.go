package main

import "fmt"

func main() {
	n := -1
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = make([]int, n)
}
