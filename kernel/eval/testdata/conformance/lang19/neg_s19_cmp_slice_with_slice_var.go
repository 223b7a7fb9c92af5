package main

import "fmt"

func main() {
	a := []string{"x"}
	b := []string{"x"}
	if a == b {
		fmt.Println("same")
	}
}
