package main

import "fmt"

func f() {
L:
	for {
	L:
		for {
			break L
		}
		break L
	}
	fmt.Println()
}

func main() {
	f()
}
