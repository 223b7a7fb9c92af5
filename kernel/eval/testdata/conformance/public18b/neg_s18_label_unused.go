package main

import "fmt"

func main() {
L:
	for i := 0; i < 1; i++ {
	}
	fmt.Println()
}
