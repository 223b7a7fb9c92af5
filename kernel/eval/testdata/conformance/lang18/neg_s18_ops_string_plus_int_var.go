package main

import "fmt"

func main() {
	x := "5"
	y := x + 5
	fmt.Println(y)
}
