package main

import "fmt"

type int struct{}

func main() {
	var x int = 5
	fmt.Println(x)
}
