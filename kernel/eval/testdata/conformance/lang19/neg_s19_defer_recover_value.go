package main

import "fmt"

func main() {
	defer recover
	fmt.Println("y")
}
