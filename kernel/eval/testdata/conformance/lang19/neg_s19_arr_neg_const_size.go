package main

import "fmt"

const n = -2

func main() {
	var a [n]int
	fmt.Println(a)
}
