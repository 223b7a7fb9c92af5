package main

import "fmt"

func main() {
	n := 3
	_ = n
	var a [n]int
	fmt.Println(a)
}
