package main

import "fmt"

func main() {
	n := 2
	if n > 1 {
		goto other
	} else {
	other:
		fmt.Println("else")
	}
}
