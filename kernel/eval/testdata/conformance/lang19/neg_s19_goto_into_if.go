package main

import "fmt"

func main() {
	n := 1
	goto inside
	if n > 0 {
	inside:
		fmt.Println("in")
	}
}
