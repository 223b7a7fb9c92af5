package main

import "fmt"

func main() {
	x := 10
	y := x * 1.5
	fmt.Println(y)
}
