package main

import "fmt"

func main() {
	int := 3
	var x int
	fmt.Println(int, x)
}
