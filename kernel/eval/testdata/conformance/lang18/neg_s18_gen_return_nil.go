package main

import "fmt"

func Nothing[T any]() T { return nil }

func main() {
	fmt.Println(Nothing[int]())
}
