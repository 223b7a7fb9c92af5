package main

import "fmt"

var first = second + 1
var second = first * 2

func main() {
	fmt.Println(first, second)
}
