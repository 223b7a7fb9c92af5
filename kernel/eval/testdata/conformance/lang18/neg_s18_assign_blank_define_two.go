package main

import "fmt"

func main() {
	_, _ := 1, 2
	fmt.Println("x")
}
