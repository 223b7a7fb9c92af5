package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	var b Box[int] = Box[string]{"a"}
	fmt.Println(b)
}
