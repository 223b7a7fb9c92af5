package main

import "fmt"

func Bigger[T comparable](a, b T) bool { return a > b }

func main() {
	fmt.Println(Bigger(1, 2))
}
