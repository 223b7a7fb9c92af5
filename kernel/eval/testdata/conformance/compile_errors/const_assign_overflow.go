package main

import "fmt"

func main() {
	var x int8
	x = 200
	fmt.Println(x)
}
