package main

import "fmt"

func main() {
	var x interface {
		M()
		M()
	}
	fmt.Println(x == nil)
}
