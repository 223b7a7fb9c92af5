package main

import "fmt"

func main() {
	x := 5
	clear(x)
	fmt.Println(x)
}
