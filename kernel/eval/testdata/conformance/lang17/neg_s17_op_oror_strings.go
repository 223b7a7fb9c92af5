package main

import "fmt"

func main() {
	a, b := "x", ""
	fmt.Println(a || b)
}
