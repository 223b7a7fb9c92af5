package main

import "fmt"

func main() {
	new(int) = 5
	fmt.Println("x")
}
