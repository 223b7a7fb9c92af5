package main

import "fmt"

func f() {
	var total int
	fmt.Println("x")
}

func main() {
	f()
}
