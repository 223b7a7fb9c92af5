package main

import "fmt"

func main() {
	y := 4
	y /= 0
	fmt.Println(y)
}
