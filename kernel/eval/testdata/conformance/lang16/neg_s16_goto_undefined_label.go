package main

import "fmt"

func main() {
	goto L
	fmt.Println("x")
}
