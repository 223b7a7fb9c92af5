package main

import "fmt"

func f(a int, a string) {}

func main() {
	f(1, "")
	fmt.Println("x")
}
