package main

import "fmt"

func main() {
	var x int8 = 1
	x += 200
	fmt.Println(x)
}
