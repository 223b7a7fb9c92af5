package main

import "fmt"

func main() {
	var int = 3
	var x int
	fmt.Println(x)
}
