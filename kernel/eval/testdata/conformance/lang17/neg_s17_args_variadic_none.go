package main

import "fmt"

func f(format string, xs ...int) {}

func main() {
	f()
	fmt.Println()
}
