package main

import "fmt"

func main() {
	x := 10
	y := x / 2.5
	fmt.Println(y)
}
