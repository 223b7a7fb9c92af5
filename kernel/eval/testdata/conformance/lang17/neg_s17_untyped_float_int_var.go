package main

import "fmt"

func main() {
	var x int = 2.5
	fmt.Println(x)
}
