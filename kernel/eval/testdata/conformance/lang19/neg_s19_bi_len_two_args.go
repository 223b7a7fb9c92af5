package main

import "fmt"

func main() {
	a, b := "x", "yz"
	fmt.Println(len(a, b))
}
