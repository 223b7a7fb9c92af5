package main

import "fmt"

func f() {
	return 1, 2
}

func main() {
	f()
	fmt.Println("x")
}
