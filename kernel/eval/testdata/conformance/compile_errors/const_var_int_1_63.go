package main

import "fmt"

func main() {
	var y int = 1 << 63
	fmt.Println(y)
}
