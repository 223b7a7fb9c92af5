package main

import "fmt"

func main() {
	x := uint8(1)
	x += 300
	fmt.Println(x)
}
