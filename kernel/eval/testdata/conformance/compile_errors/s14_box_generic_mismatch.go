package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	var a Box[int] = Box[int]{1}
	var b Box[int64] = a
	fmt.Println(b)
}
