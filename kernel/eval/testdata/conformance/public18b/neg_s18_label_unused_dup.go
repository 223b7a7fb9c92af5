package main

import "fmt"

func main() {
L:
	for {
		break L
	}
L:
	for {
		break L
	}
	fmt.Println()
}
