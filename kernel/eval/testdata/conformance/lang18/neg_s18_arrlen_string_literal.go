package main

import "fmt"

func main() {
	a := [2]int{}
	b := ["2"]int{}
	fmt.Println(a, b)
}
