package main

import "fmt"

func Def[T any]() T {
	return 0
}

func main() {
	fmt.Println(Def[int]())
}
