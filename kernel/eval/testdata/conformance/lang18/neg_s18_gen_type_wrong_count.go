package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	var p Pair[string]
	fmt.Println(p)
}
