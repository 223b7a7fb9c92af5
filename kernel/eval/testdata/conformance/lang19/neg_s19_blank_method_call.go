package main

import "fmt"

func main() {
	_.String()
	fmt.Println("x")
}
