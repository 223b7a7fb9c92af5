package main

import "fmt"

func main() {
	defer 1
	fmt.Println("x")
}
