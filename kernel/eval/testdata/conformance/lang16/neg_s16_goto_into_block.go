package main

import "fmt"

func main() {
	n := 1
	goto L
	if n > 0 {
	L:
		fmt.Println("in")
	}
}
