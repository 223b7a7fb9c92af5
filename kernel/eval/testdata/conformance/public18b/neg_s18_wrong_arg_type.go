package main

import "fmt"

func f(s string) {}

func main() {
	f(3)
	fmt.Println()
}
