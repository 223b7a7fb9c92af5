package main

import "fmt"

func main() {
	type int string
	var x int = "a"
	fmt.Println(x, len(x))
}
