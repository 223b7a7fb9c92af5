package main

import "fmt"

func main() int {
	fmt.Println("x")
	return 0
}
