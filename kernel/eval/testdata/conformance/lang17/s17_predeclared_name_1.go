package main

import "fmt"

type int struct{}

func main() {
	x := 5
	fmt.Println(x)
	var y int
	fmt.Println(y)
}
