package main

import "fmt"

func main() {
	var x any = 1
	if x.(type) == int {
		fmt.Println("int")
	}
}
