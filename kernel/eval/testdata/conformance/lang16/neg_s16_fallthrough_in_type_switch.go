package main

import "fmt"

func main() {
	var x any = 1
	switch x.(type) {
	case int:
		fallthrough
	default:
		fmt.Println("x")
	}
}
