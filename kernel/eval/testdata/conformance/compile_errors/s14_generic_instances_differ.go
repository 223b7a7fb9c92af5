package main

import "fmt"

type List[T any] []T

func main() {
	var a List[int]
	var b List[string] = a
	fmt.Println(b)
}
