package main

import "fmt"

func main() {
	var a, b [2][]int
	fmt.Println(a == b)
}
