package main

import "fmt"

func main() {
	if x := 1; true {
		fmt.Println("x")
	}
}
