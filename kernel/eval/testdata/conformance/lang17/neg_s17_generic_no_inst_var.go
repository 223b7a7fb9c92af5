package main

import "fmt"

func Id[T any](x T) T { return x }

var f = Id

func main() {
	fmt.Println(f(1))
}
