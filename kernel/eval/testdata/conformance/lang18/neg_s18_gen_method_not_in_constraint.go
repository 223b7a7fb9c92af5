package main

import "fmt"

func Show[T any](x T) string { return x.String() }

func main() {
	fmt.Println(Show(1))
}
