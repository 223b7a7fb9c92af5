package main

import "fmt"

func main() {
	switch 1 {
	default:
		fmt.Println("a")
	default:
		fmt.Println("b")
	}
}
