package main

import "fmt"

func init() {}

func main() {
	defer init()
	fmt.Println("x")
}
