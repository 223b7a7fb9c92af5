package main

import "fmt"

type Wrap[T any] struct {
	T
}

func main() {
	fmt.Println(Wrap[int]{})
}
