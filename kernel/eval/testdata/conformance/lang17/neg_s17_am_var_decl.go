package main

import "fmt"

func main() {
	var x, y int = 1
	fmt.Println(x, y)
}
