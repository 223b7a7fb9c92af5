package main

import "fmt"

type Number interface{ ~int | ~float64 }

type Vec[T Number] struct{ xs []T }

func main() {
	var v Vec[string]
	fmt.Println(v)
}
