package main

import "fmt"

func f(a int, b) {}

func main() {
	fmt.Println("x")
}
