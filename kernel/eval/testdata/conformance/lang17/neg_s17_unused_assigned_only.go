package main

import "fmt"

func f() {
	x := 1
	x = 2
}

func main() {
	f()
	fmt.Println()
}
