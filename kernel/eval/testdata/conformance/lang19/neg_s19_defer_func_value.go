package main

import "fmt"

func cleanup() { fmt.Println("clean") }

func main() {
	defer cleanup
	fmt.Println("work")
}
