package main

import "fmt"

func Show[T any](x T) {
	var n int = x
	fmt.Println(n)
}

func main() {
	Show(3)
}
