package main

import "fmt"

func main() {
	var a, b = nil, 1
	fmt.Println(a, b)
}
