package main

import "fmt"

func main() {
	fmt.Println("x")
	return 1
}
