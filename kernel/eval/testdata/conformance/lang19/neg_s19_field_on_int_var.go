package main

import "fmt"

func main() {
	var x int
	x.y = 1
	fmt.Println(x)
}
