package main

import "fmt"

func main() {
	var x, y int
	x, y = 1
	fmt.Println(x, y)
}
