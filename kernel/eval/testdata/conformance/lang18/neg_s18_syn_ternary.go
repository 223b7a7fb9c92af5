package main

import "fmt"

func main() {
	a, b := 1, 2
	x := a > b ? a : b
	fmt.Println(x)
}
