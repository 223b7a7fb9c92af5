package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Println(T{A: 1, A: 2})
}
