package main

import "fmt"

type T struct{ A, B int }

func main() {
	fmt.Println(T{A: 1, 2})
}
