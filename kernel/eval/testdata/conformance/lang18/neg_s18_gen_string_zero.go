package main

import "fmt"

func Zero[T any]() T {
	return ""
}

func main() {
	fmt.Println(Zero[string]())
}
