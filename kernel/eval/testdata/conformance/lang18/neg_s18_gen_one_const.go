package main

import "fmt"

func Inc[T any](x T) T {
	var one T = 1
	return x
}

func main() {
	fmt.Println(Inc(1))
}
