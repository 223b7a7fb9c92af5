package main

import "fmt"

func main() {
	defer (fmt.Println("x"))
	fmt.Println("y")
}
