package main

import "fmt"

func outer() {
	func inner() {}
}

func main() {
	fmt.Println()
}
