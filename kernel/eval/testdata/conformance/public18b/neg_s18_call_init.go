package main

import "fmt"

func init() {}

func main() {
	init()
	fmt.Println("x")
}
