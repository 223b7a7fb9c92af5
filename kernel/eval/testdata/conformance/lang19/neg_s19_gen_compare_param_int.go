package main

import "fmt"

func IsZero[T comparable](x T) bool {
	return x == 0
}

func main() {
	fmt.Println(IsZero(0))
}
